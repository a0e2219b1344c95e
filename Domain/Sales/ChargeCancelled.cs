using Conexa.Domain.Common;
using Conexa.Domain.Plans;

namespace Conexa.Domain.Sales;

/// <summary>An open charge was cancelled. When it was registered at the provider, it must be cancelled there too.</summary>
public sealed record ChargeCancelled(Guid TenantId, Guid ChargeId, PaymentMethod Method, PaymentProvider Provider, string? ProviderChargeId) : IDomainEvent;
