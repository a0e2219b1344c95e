using Conexa.Application.Common.Interfaces;
using Conexa.Application.Tenants.GetTenant;
using Conexa.Domain.Auditing;
using Conexa.Domain.Tenants;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Tenants.AcceptOnlineContractingOffer;

/// <summary>Upgrades the caller's tenant and records who accepted the offer and when; repeating it changes nothing.</summary>
public sealed class AcceptOnlineContractingOfferCommandHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, ISender sender)
    : ICommandHandler<AcceptOnlineContractingOfferCommand, TenantDto>
{
    public async ValueTask<TenantDto> Handle(AcceptOnlineContractingOfferCommand command, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.SingleAsync(t => t.Id == user.TenantId, cancellationToken);
        if (!tenant.OffersOnlineContracting)
        {
            tenant.AcceptOnlineContractingOffer();
            db.AuditEntries.Add(AuditEntry.Record(
                tenant.Id,
                "tenant.upgraded",
                nameof(Tenant),
                tenant.Id,
                $"user:{user.UserId}",
                clock.GetUtcNow(),
                "Oferta de contratação online aceita: plano LIGHT passou a PRO."));
            await db.SaveChangesAsync(cancellationToken);
        }

        return await sender.Send(new GetTenantQuery(), cancellationToken);
    }
}
