using Conexa.Domain.Common;

namespace Conexa.Domain.Sales;

/// <summary>The event of a charge paid, or of a card charge approved, which counts as paid for the customer.</summary>
public sealed record ChargePaid(Guid TenantId, Guid ChargeId, Guid ContractId) : IDomainEvent;
