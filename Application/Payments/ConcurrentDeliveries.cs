using Conexa.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Payments;

/// <summary>
/// Applies a provider callback that may arrive several times at once. When another request saved the
/// same change first (a concurrency check or a unique index fails), the work is discarded and run again,
/// so it reads the saved state and finds nothing left to do.
/// </summary>
internal static class ConcurrentDeliveries
{
    public const int MaxAttempts = 3;

    public static async Task ApplyAsync(IAppDbContext db, Func<Task> apply, Action<int> logRetry)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await apply();
                return;
            }
            catch (DbUpdateException exception) when (attempt < MaxAttempts
                && (exception is DbUpdateConcurrencyException || db.IsUniqueViolation(exception)))
            {
                logRetry(attempt);
                db.DiscardChanges();
            }
        }
    }
}
