using Conexa.Application.Checkouts.GetPlanOffer;
using Conexa.Domain.Plans;

namespace Conexa.Application.Plans.SavePlan;

/// <summary>The fields an admin sets on a plan, shared by creation and editing.</summary>
public interface IPlanFields
{
    string? Name { get; }

    string? Description { get; }

    Guid? UnitId { get; }

    decimal? MonthlyPrice { get; }

    /// <summary>One-off fee charged with the first payment; null or zero when the plan has none.</summary>
    decimal? AdhesionFee { get; }

    ActivationPolicy? ActivationPolicy { get; }

    IReadOnlyList<PlanQuotaDto>? Quotas { get; }

    IReadOnlyList<PaymentOptionDto>? PaymentOptions { get; }

    /// <summary>The optional checkout fields; null keeps the default form (phone required, address and company data optional).</summary>
    CheckoutFormDto? Form { get; }

    /// <summary>The contract text with placeholders such as {cliente}; null or blank uses the default contract.</summary>
    string? ContractTemplate { get; }
}
