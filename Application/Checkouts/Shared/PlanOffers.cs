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
        var found = await (
                from plan in db.Plans
                join tenant in db.Tenants on plan.TenantId equals tenant.Id
                where plan.LinkToken == linkToken && plan.IsActive
                select new { Plan = plan, Tenant = tenant })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Plan link", linkToken);
        if (!found.Tenant.OffersOnlineContracting)
        {
            throw new FeatureUnavailableException("A contratação online não está disponível para este estabelecimento.");
        }

        return (found.Plan, found.Tenant);
    }
}
