using Conexa.Domain.Common;

namespace Conexa.Infrastructure.Outbox;

/// <summary>
/// A domain event saved in the same transaction as the change that raised it, for the outbox processor
/// to hand to its handlers. Instants are Unix milliseconds so both databases can compare them in SQL.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = TimeOrderedId.New();

    /// <summary>The event's full type name.</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    public long OccurredAt { get; init; }

    public long? ProcessedAt { get; set; }

    /// <summary>Until when one processor has claimed the message; others skip it until then.</summary>
    public long? LockedUntil { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
