using Conexa.Domain.Common;

namespace Conexa.Domain.Signatures;

/// <summary>
/// A provider callback that was applied. Its document id, event type and e-mail identify it, so a
/// repeated delivery is recognised and changes nothing.
/// </summary>
public sealed class SignatureCallback
{
    public Guid Id { get; init; } = TimeOrderedId.New();

    public required string DocumentId { get; init; }

    public required string EventType { get; init; }

    /// <summary>The signer's e-mail for per-signer events, or empty for events about the whole document.</summary>
    public required string Email { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
