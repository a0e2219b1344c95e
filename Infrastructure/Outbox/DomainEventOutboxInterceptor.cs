using System.Text.Json;
using Conexa.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Conexa.Infrastructure.Outbox;

/// <summary>Turns the domain events of the entities being saved into outbox messages of the same transaction.</summary>
internal sealed class DomainEventOutboxInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null)
        {
            AddOutboxMessages(eventData.Context);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null)
        {
            AddOutboxMessages(eventData.Context);
        }

        return base.SavingChanges(eventData, result);
    }

    /// <summary>
    /// Adds a message per raised event. The entries are listed without detecting changes, because the events are
    /// on the tracked entities themselves and the save detects changes next anyway. Detecting them here as well
    /// took a tenth of a checkout's save in a profile.
    /// </summary>
    private void AddOutboxMessages(DbContext context)
    {
        var tracker = context.ChangeTracker;
        var detectsChanges = tracker.AutoDetectChangesEnabled;
        List<Entity> entities;
        try
        {
            tracker.AutoDetectChangesEnabled = false;
            entities = [.. tracker.Entries<Entity>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0)];
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detectsChanges;
        }

        if (entities.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();

        foreach (var entity in entities)
        {
            foreach (var domainEvent in entity.DomainEvents)
            {
                var type = domainEvent.GetType();
                context.Add(new OutboxMessage
                {
                    Type = type.FullName!,
                    Payload = JsonSerializer.Serialize(domainEvent, type),
                    OccurredAt = now,
                });
            }

            entity.ClearDomainEvents();
        }
    }
}
