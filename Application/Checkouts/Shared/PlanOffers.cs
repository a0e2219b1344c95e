using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Plans;
using Conexa.Domain.Tenants;

namespace Conexa.Application.Checkouts.Shared;

/// <summary>
/// Reads the plan behind a public link with its tenant and unit, once per request: the checkout's validator
/// reads it before the handler, and the handler gets the same records. They are read without tracking, because the public
/// routes never change them. Tracked, the plan and tenant with their owned form and options were scanned by
/// every change detection of a checkout's saves.
/// </summary>
public sealed class PlanOffers(IAppDbContext db)
{
    private (string LinkToken, Plan? Plan, Tenant? Tenant, Unit? Unit)? _found;

    /// <summary>
    /// Loads the plan behind a public link with its tenant. An unknown or deactivated link is not found;
    /// a tenant whose tier lacks online contracting gets <see cref="FeatureUnavailableException"/>.
    /// </summary>
    public async Task<(Plan Plan, Tenant Tenant)> LoadAcceptingCheckoutsAsync(string linkToken, CancellationToken cancellationToken)
    {
        var (plan, tenant) = await FindAsync(linkToken, cancellationToken);
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

    /// <summary>Finds the plan behind a public link, active or not, with its tenant, or nulls when the link is unknown.</summary>
    public async Task<(Plan? Plan, Tenant? Tenant)> FindAsync(string linkToken, CancellationToken cancellationToken)
    {
        var (plan, tenant, _) = await ReadAsync(linkToken, cancellationToken);
        return (plan, tenant);
    }

    /// <summary>Returns the unit of the plan behind a public link, read with the plan.</summary>
    public async Task<Unit> UnitAsync(string linkToken, CancellationToken cancellationToken) =>
        (await ReadAsync(linkToken, cancellationToken)).Unit ?? throw new NotFoundException("Plan link", linkToken);

    private async Task<(Plan? Plan, Tenant? Tenant, Unit? Unit)> ReadAsync(string linkToken, CancellationToken cancellationToken)
    {
        if (_found is { } found && found.LinkToken == linkToken)
        {
            return (found.Plan, found.Tenant, found.Unit);
        }

        var row = await CheckoutQueries.FindPlanAsync(db, linkToken, cancellationToken);
        _found = (linkToken, row?.Plan, row?.Tenant, row?.Unit);
        return (row?.Plan, row?.Tenant, row?.Unit);
    }
}
