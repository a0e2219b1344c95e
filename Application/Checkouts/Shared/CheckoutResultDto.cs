using Conexa.Domain.Contracts;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;

namespace Conexa.Application.Checkouts.Shared;

/// <summary>
/// A checkout as shown on the customer's page: the contract's state and how to pay the first charge.
/// <see cref="ContractCancelled"/> is true once the contracting was cancelled before its first payment, and then
/// nothing can be paid any more; <see cref="CancellationReason"/> gives the reason (the payment never arrived, or the
/// operator cancelled it) and is null otherwise. <see cref="PayUntil"/> is the last day to pay the first charge
/// before that cancellation, while the contract awaits its first payment, and null otherwise.
/// </summary>
public sealed record CheckoutResultDto(
    Guid CheckoutId,
    Guid ContractId,
    CheckoutStatus Status,
    bool ClientAreaEnabled,
    CheckoutPaymentDto Payment,
    SignatureStatus SignatureStatus,
    bool ContractCancelled,
    DateOnly? PayUntil,
    ContractCancellationReason? CancellationReason);

/// <summary>
/// The first charge and how to pay it. The Pix code, its QR image's address and the boleto's line, barcode and PDF
/// are null unless the charge awaits payment or is overdue.
/// </summary>
public sealed record CheckoutPaymentDto(
    PaymentMethod Method,
    PaymentProvider Provider,
    ChargeStatus Status,
    decimal Amount,
    DateOnly DueDate,
    string? PixCopyPaste,
    string? PixQrCodeImage,
    string? BoletoDigitableLine,
    string? BoletoBarcode,
    string? BoletoPdfUrl,
    string? DeclineReason);
