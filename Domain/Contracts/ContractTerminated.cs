using Conexa.Domain.Common;

namespace Conexa.Domain.Contracts;

public sealed record ContractTerminated(Guid TenantId, Guid ContractId, DateOnly EndDate) : IDomainEvent;
