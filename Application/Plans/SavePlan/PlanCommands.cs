using System.Text.Json.Serialization;
using Conexa.Application.Checkouts.GetPlanOffer;
using Conexa.Application.Plans.Shared;
using Conexa.Domain.Plans;
using Mediator;

namespace Conexa.Application.Plans.SavePlan;

/// <summary>Creates a plan in the caller's tenant with a new public link.</summary>
public sealed record CreatePlanCommand(
    string? Name,
    string? Description,
    Guid? UnitId,
    decimal? MonthlyPrice,
    decimal? AdhesionFee,
    ActivationPolicy? ActivationPolicy,
    IReadOnlyList<PlanQuotaDto>? Quotas,
    IReadOnlyList<PaymentOptionDto>? PaymentOptions,
    CheckoutFormDto? Form,
    string? ContractTemplate = null) : ICommand<PlanDto>, IPlanFields;

/// <summary>Replaces every field of a plan; its link and its contracts stay as they are.</summary>
public sealed record UpdatePlanCommand(
    string? Name,
    string? Description,
    Guid? UnitId,
    decimal? MonthlyPrice,
    decimal? AdhesionFee,
    ActivationPolicy? ActivationPolicy,
    IReadOnlyList<PlanQuotaDto>? Quotas,
    IReadOnlyList<PaymentOptionDto>? PaymentOptions,
    CheckoutFormDto? Form,
    string? ContractTemplate = null) : ICommand<PlanDto>, IPlanFields
{
    /// <summary>The plan to change, taken from the route rather than the body.</summary>
    [JsonIgnore]
    public Guid PlanId { get; init; }
}
