using Conexa.Application.Common.Interfaces;
using Conexa.Application.Tenants.GetTenant;
using Conexa.Domain.Auditing;
using Conexa.Domain.Tenants;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Tenants.SetSignatureSending;

/// <summary>Changes the tenant's automatic signature sending and records who changed it; setting the same value changes nothing.</summary>
public sealed class SetSignatureSendingCommandHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, ISender sender)
    : ICommandHandler<SetSignatureSendingCommand, TenantDto>
{
    public async ValueTask<TenantDto> Handle(SetSignatureSendingCommand command, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.SingleAsync(t => t.Id == user.TenantId, cancellationToken);
        var enabled = command.SendsContractsForSignature!.Value;
        if (tenant.SendsContractsForSignature != enabled)
        {
            tenant.SetSendsContractsForSignature(enabled);
            db.AuditEntries.Add(AuditEntry.Record(
                tenant.Id,
                "tenant.signature-sending-changed",
                nameof(Tenant),
                tenant.Id,
                $"user:{user.UserId}",
                clock.GetUtcNow(),
                enabled ? "Envio automático de contratos para assinatura ligado." : "Envio automático de contratos para assinatura desligado."));
            await db.SaveChangesAsync(cancellationToken);
        }

        return await sender.Send(new GetTenantQuery(), cancellationToken);
    }
}
