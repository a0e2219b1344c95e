using Conexa.Domain.Common;

namespace Conexa.Domain.Contracts;

public sealed record ContractingCompleted(Guid TenantId, Guid ContractId) : IDomainEvent;
