using Conexa.Domain.Common;

namespace Conexa.Application.Common.Interfaces;

/// <summary>
/// Reacts to a domain event after the change that raised it was saved. Events travel through the
/// outbox, so a handler runs at least once and may run again after a crash: it must be idempotent.
/// Changes a handler leaves unsaved are saved by the outbox in the transaction that records the event's
/// outcome, and dropped when that save fails.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It handles domain events; it is not a .NET event delegate.")]
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
