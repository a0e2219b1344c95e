using Conexa.Domain.Common;

namespace Conexa.Domain.Sales;

/// <summary>The event of a charge the provider closed unpaid (an expired or cancelled Inter boleto), so its customer is e-mailed another way to pay.</summary>
public sealed record ChargeClosedByProvider(Guid TenantId, Guid ChargeId) : IDomainEvent;
