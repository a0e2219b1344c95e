using Conexa.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Common.Time;

/// <summary>
/// Reads a tenant's current instant: its sandbox test clock when one is set, otherwise the real clock.
/// Business times (contracting dates, payments, terminations) come from here; leases and retries keep
/// the real clock, because they coordinate processes, not customers.
/// </summary>
public sealed class TenantClock(IAppDbContext db, TimeProvider clock)
{
    public async Task<DateTimeOffset> NowAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await TestInstantAsync(tenantId, cancellationToken) ?? clock.GetUtcNow();

    /// <summary>Returns the tenant's frozen test-clock instant, or null when the tenant follows the real clock.</summary>
    public Task<DateTimeOffset?> TestInstantAsync(Guid tenantId, CancellationToken cancellationToken) =>
        db.Tenants.AsNoTracking()
            .Where(t => t.Id == tenantId)
            .Select(t => t.TestClockInstant)
            .FirstOrDefaultAsync(cancellationToken);
}
