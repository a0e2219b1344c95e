using Conexa.Application.Checkouts.GetPlanOffer;
using Conexa.Domain.Plans;

namespace Conexa.Application.Plans.GetPlans;

/// <summary>A plan in the admin API's list: its public checkout link and the warnings the admin should read.</summary>
public sealed record PlanSummaryDto(
    Guid Id,
    string Name,
    Guid UnitId,
    decimal MonthlyPrice,
    decimal AdhesionFee,
    ActivationPolicy ActivationPolicy,
    bool IsActive,
    string CheckoutPath,
    string CheckoutUrl,
    IReadOnlyList<PaymentOptionDto> PaymentOptions,
    IReadOnlyList<PlanWarningDto> Warnings);

/// <summary>A stable <paramref name="Code"/> for integrators and a pt-BR message for people.</summary>
public sealed record PlanWarningDto(string Code, string Message);
