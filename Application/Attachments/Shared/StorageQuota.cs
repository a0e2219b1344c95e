using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Attachments;
using Conexa.Domain.Contracts;
using Conexa.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conexa.Application.Attachments.Shared;

/// <summary>
/// Measures a tenant's attachment storage: the bytes of files bound to contracts plus the uploads still
/// within <see cref="AttachmentOptions.UnboundRetention"/>, against the tenant's quota.
/// </summary>
public sealed class StorageQuota(IAppDbContext db, IOptions<AttachmentOptions> options, TimeProvider clock)
{
    private AttachmentOptions Options => options.Value;

    /// <summary>
    /// Returns the name of the lock (<see cref="IAppDbContext.BeginExclusiveAsync"/>) under which the tenant's uploads
    /// and checkouts check their files against the limits and save them.
    /// </summary>
    public static string LockResource(Guid tenantId) => $"attachments:{tenantId:N}";

    /// <summary>The earliest upload instant that still counts and may still be used by a checkout.</summary>
    public DateTimeOffset UnboundCutoff => clock.GetUtcNow() - Options.UnboundRetention;

    /// <summary>Returns the tenant's quota in bytes, or null when the "unlimited files" module lifts it.</summary>
    public long? QuotaOf(Tenant tenant) =>
        tenant.HasUnlimitedFiles ? null : tenant.StorageQuotaBytes ?? Options.DefaultQuotaBytes;

    /// <summary>
    /// Sums the bytes of the tenant's unexpired uploads that no checkout has used yet, only those of one sender
    /// when <paramref name="senderKey"/> is given.
    /// </summary>
    public Task<long> PendingBytesAsync(Guid tenantId, string? senderKey, CancellationToken cancellationToken) =>
        Pending(tenantId, senderKey).SumAsync(a => a.SizeBytes, cancellationToken);

    /// <summary>
    /// Returns when the oldest upload of the tenant (of one sender, when <paramref name="senderKey"/> is given)
    /// that no checkout used stops counting, or null when there is none.
    /// </summary>
    public async Task<DateTimeOffset?> FirstPendingExpiryAsync(Guid tenantId, string? senderKey, CancellationToken cancellationToken)
    {
        var oldest = await Pending(tenantId, senderKey)
            .OrderBy(a => a.CreatedAt)
            .Select(a => (DateTimeOffset?)a.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return oldest + Options.UnboundRetention;
    }

    /// <summary>
    /// Sums the bytes of the tenant's files bound to contracts, which count against the quota. Files of contracts
    /// cancelled before any payment do not count, so checkouts that are never paid cannot keep the quota full once
    /// their contracts are cancelled.
    /// </summary>
    public Task<long> UsedBytesAsync(Guid tenantId, CancellationToken cancellationToken) =>
        db.Attachments.AsNoTracking()
            .Where(a => a.TenantId == tenantId
                && a.ContractId != null
                && !db.Contracts.Any(c => c.Id == a.ContractId && c.Status == ContractStatus.Cancelled))
            .SumAsync(a => a.SizeBytes, cancellationToken);

    /// <summary>Selects the tenant's unexpired uploads that no checkout has used, of one sender when a key is given.</summary>
    private IQueryable<Attachment> Pending(Guid tenantId, string? senderKey)
    {
        var cutoff = UnboundCutoff;
        var pending = db.Attachments.AsNoTracking().Where(a => a.TenantId == tenantId && a.ContractId == null && a.CreatedAt >= cutoff);
        return senderKey is null ? pending : pending.Where(a => a.SenderKey == senderKey);
    }
}
