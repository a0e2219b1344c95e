using Conexa.Domain.Common;

namespace Conexa.Domain.Contracts;

/// <summary>
/// The event of a contract cancelled before its first payment, so the customer is e-mailed and the contract is
/// withdrawn from signature. Events saved before <paramref name="Reason"/> existed read as a missed payment.
/// </summary>
public sealed record ContractCancelledUnpaid(Guid TenantId, Guid ContractId, ContractCancellationReason Reason = ContractCancellationReason.FirstPaymentMissed) : IDomainEvent;
