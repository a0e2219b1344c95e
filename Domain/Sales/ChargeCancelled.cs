using Conexa.Domain.Common;
using Conexa.Domain.Plans;

namespace Conexa.Domain.Sales;

/// <summary>
/// An open charge was cancelled. When it was registered at the provider, it must be cancelled there too, with
/// the account that created it (the tenant's own when <paramref name="StartedWithTenantAccount"/>).
/// </summary>
public sealed record ChargeCancelled(Guid TenantId, Guid ChargeId, PaymentMethod Method, PaymentProvider Provider, string? ProviderChargeId, bool StartedWithTenantAccount = false) : IDomainEvent;
