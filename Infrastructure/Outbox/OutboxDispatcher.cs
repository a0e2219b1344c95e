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

    /// <summary>
    /// The part of the lease, counted from the claim, after which a message's handlers are cancelled. Stopping
    /// them before the lease ends keeps a hung SMTP server or provider call from still sending while another
    /// dispatcher claims the same message.
    /// </summary>
    private const double HandlingShareOfLease = 0.9;

    private static readonly Dictionary<string, Type> EventTypes = typeof(IDomainEvent).Assembly.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && typeof(IDomainEvent).IsAssignableFrom(t))
        .ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    /// <summary>Dispatches one batch of due messages and returns how many messages this call handled.</summary>
    public Task<int> DispatchPendingAsync(CancellationToken cancellationToken) => DispatchPendingAsync(null, cancellationToken);

    /// <summary>
    /// Dispatches one batch of the due messages that <paramref name="deferral"/> lets through, and gives back the rest
    /// of the batch when the deferral starts holding its messages back. Returns how many messages this call handled.
    /// </summary>
    public async Task<int> DispatchPendingAsync(OutboxDeferral? deferral, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var lockedUntil = now.Add(settings.Lease).ToUnixTimeMilliseconds();
        var claimedAt = clock.GetTimestamp();
        List<ClaimedMessage> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            claimed = await ClaimBatchAsync(db, now.ToUnixTimeMilliseconds(), lockedUntil, deferral?.HandleOnlyBefore(), cancellationToken);
        }

        var handled = 0;
        for (var i = 0; i < claimed.Count; i++)
        {
            // The batch's leases started together, so messages still waiting when half the lease has passed are
            // given back rather than left to expire while another dispatcher could take them.
            if (clock.GetElapsedTime(claimedAt) > settings.Lease / 2)
            {
                LogBatchReleased(claimed.Count - i, settings.Lease.TotalSeconds / 2);
                await ReleaseAsync(claimed[i..], lockedUntil, cancellationToken);
                break;
            }

            // Requests may have started arriving since the claim.
            if (deferral?.HandleOnlyBefore() is { } before && claimed[i].OccurredAt >= before)
            {
                await ReleaseAsync(claimed[i..], lockedUntil, cancellationToken);
                break;
            }

            var timeLeft = settings.Lease * HandlingShareOfLease - clock.GetElapsedTime(claimedAt);
            if (await HandleClaimedAsync(claimed[i].Id, timeLeft, cancellationToken))
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
    /// Claims up to a batch of due messages, oldest first and only those that occurred before
    /// <paramref name="occurredBefore"/> when it is set, with one conditional update each, all in one transaction,
    /// so a batch costs one commit. A message another dispatcher claimed first is left out.
    /// </summary>
    private async Task<List<ClaimedMessage>> ClaimBatchAsync(AppDbContext db, long now, long lockedUntil, long? occurredBefore, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var due = db.OutboxMessages
            .Where(m => m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now) && m.Attempts < settings.MaxAttempts);
        if (occurredBefore is { } before)
        {
            due = due.Where(m => m.OccurredAt < before);
        }

        var candidates = await due
            .OrderBy(m => m.OccurredAt)
            .Select(m => new ClaimedMessage(m.Id, m.OccurredAt))
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return candidates;
        }

        var claimed = new List<ClaimedMessage>(candidates.Count);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            var rows = await db.OutboxMessages
                .Where(m => m.Id == candidate.Id && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lockedUntil).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
            if (rows == 1)
            {
                claimed.Add(candidate);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    /// <summary>Gives back claimed messages that were not handled, without counting the claim as an attempt.</summary>
    private async Task ReleaseAsync(List<ClaimedMessage> messages, long lockedUntil, CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => m.Id).ToList();
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
    private async Task<bool> HandleClaimedAsync(Guid id, TimeSpan timeLeft, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
        using var leaseEnding = new CancellationTokenSource(timeLeft > TimeSpan.Zero ? timeLeft : TimeSpan.Zero, clock);
        using var handling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, leaseEnding.Token);
        try
        {
            await InvokeHandlersAsync(scope.ServiceProvider, message, handling.Token);
            message.ProcessedAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
            message.LastError = null;
        }
        catch (OperationCanceledException exception) when (leaseEnding.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogHandlerTimedOut(exception, message.Id, message.Type, message.Attempts, timeLeft.TotalSeconds);
            RecordFailure(message, $"The handlers timed out after {timeLeft.TotalSeconds:0.#} s, before the message's lease ended, and were cancelled.");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // An HTTP client's own time-out also raises OperationCanceledException, and counts as a failure here.
            LogHandlerFailed(exception, message.Id, message.Type, message.Attempts);
            RecordFailure(message, exception.Message);
        }

        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException exception)
        {
            // A concurrent dispatcher may have written the same e-mail rows first.
            LogSaveFailed(exception, message.Id, message.Type, message.Attempts);
            db.ChangeTracker.Clear();
            message = await db.OutboxMessages.SingleAsync(m => m.Id == id, CancellationToken.None);
            RecordFailure(message, exception.GetBaseException().Message);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return message.ProcessedAt is not null;
    }

    /// <summary>Records the error on the message and sets when it may be claimed again.</summary>
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

    private sealed record ClaimedMessage(Guid Id, long OccurredAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave back {Count} claimed outbox messages not handled within {Seconds} s of their claim; they are claimed again on a later pass")]
    private partial void LogBatchReleased(int count, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({MessageType}) failed on attempt {Attempt}; it will be retried")]
    private partial void LogHandlerFailed(Exception exception, Guid messageId, string messageType, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({MessageType}) timed out on attempt {Attempt}: its handlers were cancelled after {Seconds} s, before its lease ended; it will be retried")]
    private partial void LogHandlerTimedOut(Exception exception, Guid messageId, string messageType, int attempt, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saving the outcome of outbox message {MessageId} ({MessageType}) failed on attempt {Attempt}; the handlers' changes are dropped and the message will be retried")]
    private partial void LogSaveFailed(Exception exception, Guid messageId, string messageType, int attempt);
}
