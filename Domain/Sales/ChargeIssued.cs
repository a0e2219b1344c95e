using Conexa.Domain.Common;

namespace Conexa.Domain.Sales;

/// <summary>
/// The event of a charge after the contracting's first one (a billed period or a termination's charge) whose Pix
/// code or boleto the customer can now pay. The first charge is paid on the checkout page, so it raises none.
/// </summary>
public sealed record ChargeIssued(Guid TenantId, Guid ChargeId) : IDomainEvent;
