using System.Text.Json.Serialization;
using Conexa.Domain.Plans;

namespace Conexa.Application.Checkouts.GetPlanOffer;

/// <summary>
/// What the public page shows before the customer contracts: the offer and the form to fill in.
/// <paramref name="MaxAttachmentBytes"/> is the largest file the form's attachments accept, so the page checks it before
/// sending one.
/// </summary>
public sealed record PlanOfferDto(
    string Name,
    string Description,
    string TenantName,
    decimal MonthlyPrice,
    decimal AdhesionFee,
    decimal FirstPaymentAmount,
    ActivationPolicy ActivationPolicy,
    IReadOnlyList<PlanQuotaDto> Quotas,
    IReadOnlyList<PaymentOptionDto> PaymentOptions,
    CheckoutFormDto Form,
    long MaxAttachmentBytes,
    string CardTokenizer,
    bool Sandbox);

public sealed record PlanQuotaDto(string Resource, decimal Amount, string Unit);

public sealed record PaymentOptionDto(PaymentMethod Method, PaymentProvider Provider);

/// <summary>
/// One optional field of the checkout form. Both members are required in a request body, because a missing one would
/// read as false and silently turn the field off.
/// </summary>
public sealed record FormFieldDto([property: JsonRequired] bool Enabled, [property: JsonRequired] bool Required);

/// <summary>The checkout form's optional fields; a plan body that sends a form sends all of them, for the same reason.</summary>
public sealed record CheckoutFormDto(
    [property: JsonRequired] FormFieldDto Password,
    [property: JsonRequired] FormFieldDto Address,
    [property: JsonRequired] FormFieldDto Phone,
    [property: JsonRequired] FormFieldDto CompanyData,
    [property: JsonRequired] FormFieldDto Attachments);
