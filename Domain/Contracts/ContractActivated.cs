using Conexa.Domain.Common;

namespace Conexa.Domain.Contracts;

public sealed record ContractActivated(Guid TenantId, Guid ContractId) : IDomainEvent;
