using Conexa.Domain.Common;

namespace Conexa.Domain.Signatures;

/// <summary>A signature request was created and waits to be sent to the provider by the outbox.</summary>
public sealed record SignatureRequested(Guid TenantId, Guid ContractId, Guid SignatureRequestId) : IDomainEvent;
