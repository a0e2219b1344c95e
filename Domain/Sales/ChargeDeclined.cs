using Conexa.Domain.Common;

namespace Conexa.Domain.Sales;

/// <summary>The event of a charge whose payment the provider refused (a declined card or rejected payment data), so the customer can retry.</summary>
public sealed record ChargeDeclined(Guid TenantId, Guid ChargeId) : IDomainEvent;
