using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Plans;
using Conexa.Domain.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Checkouts.Shared;

internal static class PlanOffers
{
    /// <summary>
    /// Loads the plan behind a public link with its tenant. An unknown or deactivated link is not found;
    /// a tenant whose tier lacks online contracting gets <see cref="FeatureUnavailableException"/>.
    /// </summary>
    public static async Task<(Plan Plan, Tenant Tenant)> LoadAcceptingCheckoutsAsync(IAppDbContext db, string linkToken, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.LinkToken == linkToken && p.IsActive, cancellationToken)
            ?? throw new NotFoundException("Plan link", linkToken);
        var tenant = await db.Tenants.SingleAsync(t => t.Id == plan.TenantId, cancellationToken);
        if (!tenant.OffersOnlineContracting)
        {
            throw new FeatureUnavailableException("A contratação online não está disponível para este estabelecimento.");
        }

        return (plan, tenant);
    }
}
