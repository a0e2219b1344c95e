using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Reliability;

/// <summary>
/// What a tenant has stored: record counts, plus the state of each contract and charge, so a rejected
/// request that changed anything (a half-saved checkout, a partly applied termination) shows as a difference.
/// </summary>
public sealed record TenantSnapshot(
    int Customers,
    int Contracts,
    int Charges,
    int Checkouts,
    int Sales,
    int AuditEntries,
    int Credits,
    int Attachments,
    string ContractStates,
    string ChargeStates)
{
    public static Task<TenantSnapshot> ReadAsync(Guid tenantId) =>
        ApiServer.QueryAsync(async db =>
        {
            var contracts = await db.Contracts.AsNoTracking()
                .Where(c => c.TenantId == tenantId)
                .Select(c => new { c.Id, c.Status, c.EndDate })
                .ToListAsync();
            var charges = await db.Charges.AsNoTracking()
                .Where(c => c.TenantId == tenantId)
                .Select(c => new { c.Id, c.Status, c.Attempt, c.Amount, c.ProviderChargeId })
                .ToListAsync();
            var contractIds = contracts.Select(c => c.Id).ToList();

            return new TenantSnapshot(
                await db.Customers.CountAsync(c => c.TenantId == tenantId),
                contracts.Count,
                charges.Count,
                await db.Checkouts.CountAsync(c => c.TenantId == tenantId),
                await db.Sales.CountAsync(s => s.TenantId == tenantId),
                await db.AuditEntries.CountAsync(a => a.TenantId == tenantId),
                await db.CustomerCredits.CountAsync(c => contractIds.Contains(c.ContractId)),
                await db.Attachments.CountAsync(a => a.TenantId == tenantId),
                string.Join("; ", contracts.OrderBy(c => c.Id).Select(c => $"{c.Id:N} {c.Status} {c.EndDate}")),
                string.Join("; ", charges.OrderBy(c => c.Id).Select(c => $"{c.Id:N} {c.Status} #{c.Attempt} {c.Amount} {c.ProviderChargeId}")));
        });
}
