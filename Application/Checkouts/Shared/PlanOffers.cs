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
        var (plan, tenant) = await FindAsync(db, linkToken, cancellationToken);
        if (plan is null || tenant is null || !plan.IsActive)
        {
            throw new NotFoundException("Plan link", linkToken);
        }

        if (!tenant.OffersOnlineContracting)
        {
            throw new FeatureUnavailableException("A contratação online não está disponível para este estabelecimento.");
        }

        return (plan, tenant);
    }

    /// <summary>
    /// Finds the plan behind a public link, active or not, with its tenant, both tracked. A plan the request has
    /// already read (the checkout's validator reads it before the handler) is taken from the change tracker
    /// instead of being read again.
    /// </summary>
    public static async Task<(Plan? Plan, Tenant? Tenant)> FindAsync(IAppDbContext db, string linkToken, CancellationToken cancellationToken)
    {
        var tracked = db.Plans.Local.FirstOrDefault(p => p.LinkToken == linkToken);
        var trackedTenant = tracked is null ? null : db.Tenants.Local.FirstOrDefault(t => t.Id == tracked.TenantId);
        if (tracked is not null && trackedTenant is not null)
        {
            return (tracked, trackedTenant);
        }

        var found = await (
                from plan in db.Plans
                join tenant in db.Tenants on plan.TenantId equals tenant.Id
                where plan.LinkToken == linkToken
                select new { Plan = plan, Tenant = tenant })
            .SingleOrDefaultAsync(cancellationToken);
        return (found?.Plan, found?.Tenant);
    }
}
