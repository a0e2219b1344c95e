using Conexa.Domain.Common;

namespace Conexa.Domain.Contracts;

/// <summary>
/// The event of a termination recorded by the operator, raised at once even when <paramref name="EndDate"/>, the last
/// day of service, is still ahead and the contract keeps running until then. The contract's actual end is recorded
/// in its history as <c>contract.ended</c>. The type keeps its name because stored outbox messages refer to it.
/// </summary>
public sealed record ContractTerminated(Guid TenantId, Guid ContractId, DateOnly EndDate) : IDomainEvent;
