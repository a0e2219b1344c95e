using Conexa.Domain.Common;

namespace Conexa.Domain.Attachments;

/// <summary>
/// A file that a customer sent with a plan's checkout form. It is unbound until the checkout that names it
/// creates a contract. Its bytes are in the file storage under <see cref="Entity.Id"/>.
/// </summary>
public sealed class Attachment : Entity
{
    public const int MaxFileNameLength = 120;

    private Attachment(Guid id)
        : base(id)
    {
    }

    public Guid TenantId { get; private set; }

    /// <summary>The plan whose public form received the upload; only a checkout of that plan may use it.</summary>
    public Guid PlanId { get; private set; }

    /// <summary>The sanitised name the customer's file had, with the extension of its detected type.</summary>
    public string FileName { get; private set; } = string.Empty;

    /// <summary>The media type detected from the file's first bytes, never the one the browser declared.</summary>
    public string ContentType { get; private set; } = string.Empty;

    public long SizeBytes { get; private set; }

    /// <summary>The SHA-256 of the content, as 64 upper-case hex digits.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    /// <summary>When the file was received, in UTC by the real clock, because unbound uploads expire by it.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The contract the file belongs to, or null while no checkout has used it.</summary>
    public Guid? ContractId { get; private set; }

    /// <summary>
    /// A hash of the tenant and the client address that sent the file, which caps what one address may keep
    /// waiting for a checkout. Binding clears it, so it lasts only as long as the upload stays unused.
    /// </summary>
    public string? SenderKey { get; private set; }

    public static Attachment Upload(Guid tenantId, Guid planId, string fileName, string contentType, long sizeBytes, string sha256, DateTimeOffset now, string? senderKey = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sizeBytes);
        return new Attachment(TimeOrderedId.New())
        {
            TenantId = tenantId,
            PlanId = planId,
            FileName = Guard.NotBlank(fileName, nameof(fileName)),
            ContentType = Guard.NotBlank(contentType, nameof(contentType)),
            SizeBytes = sizeBytes,
            Sha256 = Guard.NotBlank(sha256, nameof(sha256)),
            CreatedAt = now.ToUniversalTime(),
            SenderKey = senderKey,
        };
    }

    /// <summary>Binds the file to the contract its checkout created. A file belongs to one contract only.</summary>
    public void BindTo(Guid contractId)
    {
        if (ContractId is { } current && current != contractId)
        {
            throw new BusinessRuleException("attachment-already-bound", "Este arquivo já pertence a outra contratação; envie-o novamente.");
        }

        ContractId = contractId;
        SenderKey = null;
    }
}
