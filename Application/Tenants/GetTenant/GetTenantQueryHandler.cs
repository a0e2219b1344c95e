using System.Text.Json;
using Conexa.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Tenants.GetTenant;

public sealed class GetTenantQueryHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetTenantQuery, TenantDto>
{
    public async ValueTask<TenantDto> Handle(GetTenantQuery query, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == user.TenantId, cancellationToken);
        return new TenantDto(
            tenant.Id,
            tenant.Name,
            JsonNamingPolicy.CamelCase.ConvertName(tenant.Tier.ToString()),
            tenant.TimeZoneId,
            tenant.OffersOnlineContracting,
            !tenant.OffersOnlineContracting,
            tenant.SendsContractsForSignature,
            user.IsAdmin);
    }
}
