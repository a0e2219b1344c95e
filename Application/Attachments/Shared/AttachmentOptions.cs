namespace Conexa.Application.Attachments.Shared;

/// <summary>Limits of the files that customers send with checkout forms (section "Attachments").</summary>
public sealed class AttachmentOptions
{
    public const string SectionName = "Attachments";

    /// <summary>Largest file one upload may carry, in bytes.</summary>
    public long MaxFileSizeBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Storage quota, in bytes, of a tenant that has no quota of its own and no "unlimited files" module.</summary>
    public long DefaultQuotaBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>
    /// Bytes of uploads not yet used by a checkout that one tenant may hold at once, with or without the
    /// "unlimited files" module. Uploads need no sign-in, so this bounds what anyone can store before contracting.
    /// </summary>
    public long MaxPendingBytesPerTenant { get; set; } = 50 * 1024 * 1024;

    /// <summary>
    /// Bytes of uploads not yet used by a checkout that one client address may hold in one tenant. Kept below
    /// <see cref="MaxPendingBytesPerTenant"/>, the uploads of one address alone cannot reach the tenant's cap.
    /// </summary>
    public long MaxPendingBytesPerSender { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most files one checkout may carry.</summary>
    public int MaxFilesPerCheckout { get; set; } = 10;

    /// <summary>
    /// How long an upload that no checkout used stays usable and counts against the quota. The cleanup job
    /// deletes it an hour later, so a checkout keeps a file it validated unless its save comes over an hour after.
    /// </summary>
    public TimeSpan UnboundRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Whether this instance runs the cleanup of expired uploads; every instance may run it at once.</summary>
    public bool CleanupEnabled { get; set; } = true;

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
