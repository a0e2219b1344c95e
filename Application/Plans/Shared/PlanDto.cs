using Conexa.Application.Checkouts.GetPlanOffer;
using Conexa.Application.Plans.GetPlans;
using Conexa.Domain.Plans;

namespace Conexa.Application.Plans.Shared;

/// <summary>A plan as the admin edits it, with its public checkout link and the warnings the admin should read.</summary>
public sealed record PlanDto(
    Guid Id,
    string Name,
    string Description,
    Guid UnitId,
    decimal MonthlyPrice,
    decimal AdhesionFee,
    ActivationPolicy ActivationPolicy,
    IReadOnlyList<PlanQuotaDto> Quotas,
    IReadOnlyList<PaymentOptionDto> PaymentOptions,
    CheckoutFormDto Form,
    bool IsActive,
    string CheckoutPath,
    string CheckoutUrl,
    IReadOnlyList<PlanWarningDto> Warnings,
    string? ContractTemplate,
    IReadOnlyList<string> ContractPlaceholders);
