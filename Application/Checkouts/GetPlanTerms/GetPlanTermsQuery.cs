using Mediator;

namespace Conexa.Application.Checkouts.GetPlanTerms;

/// <summary>The contract a customer accepts on a plan's public page, before contracting.</summary>
public sealed record GetPlanTermsQuery(string LinkToken) : IQuery<PlanTermsDto>;

/// <summary>
/// The plan's contract text with the plan's own values filled in (plan, unit, operator, prices) and the
/// customer's in brackets, such as "[seu nome ou razão social]", because they are known only at contracting.
/// </summary>
public sealed record PlanTermsDto(string PlanName, string Text);
