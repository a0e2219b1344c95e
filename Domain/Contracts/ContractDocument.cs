using Conexa.Domain.Common;

namespace Conexa.Domain.Contracts;

/// <summary>The PDF of a contract, rendered from its plan's template at contracting and kept as issued.</summary>
public sealed class ContractDocument : Entity
{
    private ContractDocument(Guid id)
        : base(id)
    {
    }

    public Guid TenantId { get; private set; }

    public Guid ContractId { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public static ContractDocument Issue(Contract contract, string fileName, byte[] content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(content);
        return new ContractDocument(Guid.NewGuid())
        {
            TenantId = contract.TenantId,
            ContractId = contract.Id,
            FileName = Guard.NotBlank(fileName, nameof(fileName)),
            Content = content,
            CreatedAt = now,
        };
    }
}
