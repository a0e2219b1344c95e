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
/// <remarks>
/// Every member must be sent, with null where the field allows it, because a member left out would otherwise be
/// read as null and reset that part of the plan (its form, quotas or contract text) without a word.
/// </remarks>
public sealed record UpdatePlanCommand(
    [property: JsonRequired] string? Name,
    [property: JsonRequired] string? Description,
    [property: JsonRequired] Guid? UnitId,
    [property: JsonRequired] decimal? MonthlyPrice,
    [property: JsonRequired] decimal? AdhesionFee,
    [property: JsonRequired] ActivationPolicy? ActivationPolicy,
    [property: JsonRequired] IReadOnlyList<PlanQuotaDto>? Quotas,
    [property: JsonRequired] IReadOnlyList<PaymentOptionDto>? PaymentOptions,
    [property: JsonRequired] CheckoutFormDto? Form,
    [property: JsonRequired] string? ContractTemplate = null) : ICommand<PlanDto>, IPlanFields
{
    /// <summary>The plan to change, taken from the route rather than the body.</summary>
    [JsonIgnore]
    public Guid PlanId { get; init; }
}
