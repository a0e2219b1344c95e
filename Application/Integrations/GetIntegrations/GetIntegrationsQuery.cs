using Conexa.Application.Common.Interfaces;
using Conexa.Application.Integrations.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Integrations.GetIntegrations;

/// <summary>Lists EFI, Banco Inter and D4Sign for the caller's tenant, with where each account comes from.</summary>
public sealed record GetIntegrationsQuery : IQuery<IntegrationListDto>;

public sealed class GetIntegrationsQueryHandler(IAppDbContext db, ICurrentUser user, IHostIntegrations host)
    : IQueryHandler<GetIntegrationsQuery, IntegrationListDto>
{
    public async ValueTask<IntegrationListDto> Handle(GetIntegrationsQuery query, CancellationToken cancellationToken)
    {
        var stored = await db.ProviderConnections.AsNoTracking()
            .Where(c => c.TenantId == user.TenantId)
            .ToListAsync(cancellationToken);
        return new IntegrationListDto(IntegrationProviders.All
            .Select(provider => IntegrationMapping.ToDto(provider, stored.SingleOrDefault(c => c.Provider == provider), host))
            .ToList());
    }
}
