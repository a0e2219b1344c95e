using Conexa.Domain.Common;

namespace Conexa.Domain.Sales;

/// <summary>The event of a charge that passed its due date unpaid, so the customer is reminded how to pay it.</summary>
public sealed record ChargeOverdue(Guid TenantId, Guid ChargeId) : IDomainEvent;
