using Conexa.Domain.Common;

namespace Conexa.Domain.Sales;

/// <summary>
/// The event of a payment confirmed for a charge already cancelled here, such as a Pix code paid while the operator
/// cancelled the contracting, or for a charge already paid outside the provider (<paramref name="AlreadySettled"/>).
/// The amount becomes the customer's credit, and the operator is e-mailed to refund it.
/// </summary>
public sealed record ChargePaidAfterCancellation(Guid TenantId, Guid ChargeId, Guid ContractId, decimal Amount, bool AlreadySettled = false) : IDomainEvent;
