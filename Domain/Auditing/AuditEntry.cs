using Conexa.Domain.Common;

namespace Conexa.Domain.Auditing;

/// <summary>A record of who did what to which record, and when; never changed after it is written.</summary>
public sealed class AuditEntry : Entity
{
    private AuditEntry(Guid id)
        : base(id)
    {
    }

    public Guid TenantId { get; private set; }

    /// <summary>What happened, as a stable dotted code such as "contract.created".</summary>
    public string Action { get; private set; } = string.Empty;

    public string EntityType { get; private set; } = string.Empty;

    public Guid EntityId { get; private set; }

    /// <summary>Who acted: a user id, "customer" for the public checkout, or "provider:efi" for a callback.</summary>
    public string Actor { get; private set; } = string.Empty;

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>A short description for people; it never carries a full CPF/CNPJ, card data or secrets.</summary>
    public string? Details { get; private set; }

    public static AuditEntry Record(Guid tenantId, string action, string entityType, Guid entityId, string actor, DateTimeOffset occurredAt, string? details = null) =>
        new(TimeOrderedId.New())
        {
            TenantId = tenantId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Actor = actor,
            OccurredAt = occurredAt,
            Details = details,
        };
}
