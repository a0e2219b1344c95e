using Conexa.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Application.Attachments.Shared;

/// <summary>
/// Deletes uploads that no checkout used within <see cref="AttachmentOptions.UnboundRetention"/> plus an
/// hour of margin, with their stored bytes. Every instance may run it at once: each delete matches only
/// unbound rows, so a file bound meanwhile is kept, and deleting twice is harmless.
/// </summary>
public sealed partial class AttachmentCleanup(
    IAppDbContext db,
    IFileStorage storage,
    IOptions<AttachmentOptions> options,
    TimeProvider clock,
    ILogger<AttachmentCleanup> logger)
{
    private const int BatchSize = 500;

    /// <summary>Time past the retention before deletion, so a checkout that has just validated a file still finds it.</summary>
    public static readonly TimeSpan DeletionMargin = TimeSpan.FromHours(1);

    /// <summary>Deletes the expired uploads in batches and returns how many records it deleted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.UnboundRetention - DeletionMargin;
        var deleted = 0;
        while (true)
        {
            var expired = await db.Attachments.AsNoTracking()
                .Where(a => a.ContractId == null && a.CreatedAt < cutoff)
                .OrderBy(a => a.Id)
                .Select(a => a.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (expired.Count == 0)
            {
                break;
            }

            // The records go first, so a file is never listed without its bytes.
            var count = await db.Attachments
                .Where(a => expired.Contains(a.Id) && a.ContractId == null)
                .ExecuteDeleteAsync(cancellationToken);
            var stillListed = await db.Attachments.AsNoTracking().Where(a => expired.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
            await storage.DeleteAsync(expired.Except(stillListed).ToList(), cancellationToken);
            deleted += count;
            if (expired.Count < BatchSize)
            {
                break;
            }
        }

        if (deleted > 0)
        {
            LogDeleted(deleted);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} expired uploads that no checkout used")]
    private partial void LogDeleted(int count);
}
