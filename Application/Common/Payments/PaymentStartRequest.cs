using Conexa.Domain.Customers;
using Conexa.Domain.Plans;

namespace Conexa.Application.Common.Payments;

/// <summary>
/// A charge to register at a provider. <see cref="Reference"/> is our charge reference, sent as EFI's
/// custom_id or as the Pix txid, so a retried call cannot create a second provider charge.
/// <see cref="MayExistAtProvider"/> is true after an earlier attempt failed without a response, so the
/// gateway looks for that attempt's charge before creating one. <see cref="TenantId"/> picks the provider
/// account: the tenant's own, or the host configuration's. <see cref="PixPayableFor"/> is how long from now a Pix
/// code must stay payable: until the charge is written off, so the code still pays a charge that fell overdue.
/// </summary>
public sealed record PaymentStartRequest(
    Guid TenantId,
    Guid ChargeId,
    string Reference,
    PaymentMethod Method,
    decimal Amount,
    DateOnly DueDate,
    string Description,
    PaymentPayer Payer,
    string? CardToken,
    bool MayExistAtProvider = false,
    TimeSpan? PixPayableFor = null);

public sealed record PaymentPayer(CustomerKind Kind, string Name, string Document, string Email, string? Phone, Address? Address);
