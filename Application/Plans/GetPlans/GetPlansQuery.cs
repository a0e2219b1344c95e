using Mediator;

namespace Conexa.Application.Plans.GetPlans;

public sealed record GetPlansQuery : IQuery<IReadOnlyList<PlanSummaryDto>>;
