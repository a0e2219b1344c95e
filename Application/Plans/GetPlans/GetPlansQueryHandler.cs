using Conexa.Application.Checkouts.GetPlanOffer;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Plans.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Plans.GetPlans;

public sealed class GetPlansQueryHandler(IAppDbContext db, ICurrentUser user, IPublicLinks links) : IQueryHandler<GetPlansQuery, IReadOnlyList<PlanSummaryDto>>
{
    public async ValueTask<IReadOnlyList<PlanSummaryDto>> Handle(GetPlansQuery query, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => p.TenantId == user.TenantId).ToListAsync(cancellationToken);

        return plans
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(p => new PlanSummaryDto(
                p.Id,
                p.Name,
                p.UnitId,
                p.MonthlyPrice,
                p.AdhesionFee,
                p.ActivationPolicy,
                p.IsActive,
                PlanMapping.CheckoutPath(p),
                links.CheckoutUrl(p.LinkToken),
                p.PaymentOptions.Select(o => new PaymentOptionDto(o.Method, o.Provider)).ToList(),
                PlanWarnings.For(p)))
            .ToList();
    }
}
