using Mediator;

namespace Conexa.Application.Contracts.GetContractDocument;

public sealed record GetContractDocumentQuery(Guid ContractId) : IQuery<ContractDocumentFile>;

/// <summary>A contract's PDF as issued at contracting.</summary>
public sealed record ContractDocumentFile(string FileName, byte[] Content);
