using Conexa.Application.Common.Interfaces;
using Conexa.Application.Plans.Shared;
using Mediator;

namespace Conexa.Application.Plans.GetPlan;

public sealed record GetPlanQuery(Guid PlanId) : IQuery<PlanDto>;

public sealed class GetPlanQueryHandler(IAppDbContext db, ICurrentUser user, IPublicLinks links) : IQueryHandler<GetPlanQuery, PlanDto>
{
    public async ValueTask<PlanDto> Handle(GetPlanQuery query, CancellationToken cancellationToken) =>
        PlanMapping.ToDto(await PlanLoader.LoadAsync(db, user, query.PlanId, cancellationToken), links);
}
