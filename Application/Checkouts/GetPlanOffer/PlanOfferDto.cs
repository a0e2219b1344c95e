using Conexa.Domain.Plans;

namespace Conexa.Application.Checkouts.GetPlanOffer;

/// <summary>What the public page shows before the customer contracts: the offer and the form to fill in.</summary>
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
    string CardTokenizer,
    bool Sandbox);

public sealed record PlanQuotaDto(string Resource, decimal Amount, string Unit);

public sealed record PaymentOptionDto(PaymentMethod Method, PaymentProvider Provider);

public sealed record FormFieldDto(bool Enabled, bool Required);

public sealed record CheckoutFormDto(
    FormFieldDto Password,
    FormFieldDto Address,
    FormFieldDto Phone,
    FormFieldDto CompanyData,
    FormFieldDto Attachments);
