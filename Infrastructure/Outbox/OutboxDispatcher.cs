using System.Text.Json;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Common;
using Conexa.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Outbox;

/// <summary>
/// Hands pending outbox messages to their handlers. A batch of messages is claimed, each with a conditional
/// update, before any is handled, so several API instances can dispatch at the same moment without handling
/// a message twice while its lease lasts.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : IOutboxDrain
{
    /// <summary>The most batches one drain dispatches, so messages that keep raising new ones cannot loop forever.</summary>
    private const int MaxDrainBatches = 100;

    private static readonly Dictionary<string, Type> EventTypes = typeof(IDomainEvent).Assembly.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && typeof(IDomainEvent).IsAssignableFrom(t))
        .ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    /// <summary>Dispatches one batch; returns how many messages this call handled.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var lockedUntil = now.Add(settings.Lease).ToUnixTimeMilliseconds();
        var claimedAt = clock.GetTimestamp();
        List<Guid> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            claimed = await ClaimBatchAsync(db, now.ToUnixTimeMilliseconds(), lockedUntil, cancellationToken);
        }

        var handled = 0;
        for (var i = 0; i < claimed.Count; i++)
        {
            // The batch's leases started together, so messages still waiting when half the lease has passed are
            // given back rather than left to expire while another dispatcher could take them.
            if (clock.GetElapsedTime(claimedAt) > settings.Lease / 2)
            {
                await ReleaseAsync(claimed[i..], lockedUntil, cancellationToken);
                break;
            }

            if (await HandleClaimedAsync(claimed[i], cancellationToken))
            {
                handled++;
            }
        }

        return handled;
    }

    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        for (var batch = 0; batch < MaxDrainBatches; batch++)
        {
            var handled = await DispatchPendingAsync(cancellationToken);
            if (handled == 0)
            {
                break;
            }

            total += handled;
        }

        return total;
    }

    /// <summary>
    /// Claims up to a batch of due messages with one conditional update each, all in one transaction, so a
    /// batch costs one commit. A message another dispatcher claimed first is left out.
    /// </summary>
    private async Task<List<Guid>> ClaimBatchAsync(AppDbContext db, long now, long lockedUntil, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var candidates = await db.OutboxMessages
            .Where(m => m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now) && m.Attempts < settings.MaxAttempts)
            .OrderBy(m => m.OccurredAt)
            .Select(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return candidates;
        }

        var claimed = new List<Guid>(candidates.Count);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var id in candidates)
        {
            var rows = await db.OutboxMessages
                .Where(m => m.Id == id && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lockedUntil).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
            if (rows == 1)
            {
                claimed.Add(id);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    /// <summary>Gives back claimed messages that were not handled, without counting the claim as an attempt.</summary>
    private async Task ReleaseAsync(List<Guid> ids, long lockedUntil, CancellationToken cancellationToken)
    {
        LogBatchReleased(ids.Count, options.Value.Lease.TotalSeconds / 2);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && m.ProcessedAt == null && m.LockedUntil == lockedUntil)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, (long?)null).SetProperty(m => m.Attempts, m => m.Attempts - 1), cancellationToken);
    }

    /// <summary>
    /// Runs the handlers of a message this dispatcher claimed, records the outcome and returns whether it was
    /// processed. Changes the handlers left unsaved (the e-mail history) are saved in the same transaction as the
    /// outcome. When that save fails, they are dropped and the message is retried.
    /// </summary>
    private async Task<bool> HandleClaimedAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            await InvokeHandlersAsync(scope.ServiceProvider, message, cancellationToken);
            message.ProcessedAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
            message.LastError = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogHandlerFailed(exception, message.Id, message.Type, message.Attempts);
            RecordFailure(message, exception.Message);
        }

        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException exception)
        {
            // Such as a concurrent dispatcher having written the same e-mail rows first.
            LogSaveFailed(exception, message.Id, message.Type, message.Attempts);
            db.ChangeTracker.Clear();
            message = await db.OutboxMessages.SingleAsync(m => m.Id == id, CancellationToken.None);
            RecordFailure(message, exception.GetBaseException().Message);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return message.ProcessedAt is not null;
    }

    /// <summary>Keeps the error on the message and sets when it may be claimed again.</summary>
    private void RecordFailure(OutboxMessage message, string error)
    {
        message.ProcessedAt = null;
        message.LastError = error.Length > 1000 ? error[..1000] : error;
        message.LockedUntil = clock.GetUtcNow().ToUnixTimeMilliseconds() + RetryDelay(message.Attempts);
    }

    private static async Task InvokeHandlersAsync(IServiceProvider services, OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!EventTypes.TryGetValue(message.Type, out var eventType))
        {
            throw new InvalidOperationException($"Unknown domain event type '{message.Type}'.");
        }

        var domainEvent = JsonSerializer.Deserialize(message.Payload, eventType)!;
        var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(eventType);
        var handle = handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!;
        foreach (var handler in services.GetServices(handlerType))
        {
            await (Task)handle.Invoke(handler, [domainEvent, cancellationToken])!;
        }
    }

    /// <summary>Returns the wait before the next attempt: 5 s doubled per attempt, at most one hour.</summary>
    private static long RetryDelay(int attempts) =>
        (long)Math.Min(TimeSpan.FromHours(1).TotalMilliseconds, 5_000 * Math.Pow(2, attempts - 1));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave back {Count} claimed outbox messages not handled within {Seconds} s of their claim; they are claimed again on a later pass")]
    private partial void LogBatchReleased(int count, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({MessageType}) failed on attempt {Attempt}; it will be retried")]
    private partial void LogHandlerFailed(Exception exception, Guid messageId, string messageType, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saving the outcome of outbox message {MessageId} ({MessageType}) failed on attempt {Attempt}; the handlers' changes are dropped and the message will be retried")]
    private partial void LogSaveFailed(Exception exception, Guid messageId, string messageType, int attempt);
}
