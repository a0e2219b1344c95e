using Conexa.Domain.Common;

namespace Conexa.Domain.Signatures;

/// <summary>A contract was sent, or sent again, to its signers. <paramref name="SendId"/> identifies this sending.</summary>
public sealed record SignatureRequestSent(Guid TenantId, Guid ContractId, Guid SignatureRequestId, Guid SendId) : IDomainEvent;
