using Conexa.Application.Checkouts.GetPlanOffer;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Plans;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Plans.GetPlans;

public sealed class GetPlansQueryHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetPlansQuery, IReadOnlyList<PlanSummaryDto>>
{
    public async ValueTask<IReadOnlyList<PlanSummaryDto>> Handle(GetPlansQuery query, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => p.TenantId == user.TenantId).ToListAsync(cancellationToken);

        return plans
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(p => new PlanSummaryDto(
                p.Id,
                p.Name,
                p.MonthlyPrice,
                p.AdhesionFee,
                p.ActivationPolicy,
                p.IsActive,
                $"/checkout/{p.LinkToken}",
                p.PaymentOptions.Select(o => new PaymentOptionDto(o.Method, o.Provider)).ToList(),
                Warnings(p)))
            .ToList();
    }

    private static List<PlanWarningDto> Warnings(Plan plan)
    {
        var warnings = new List<PlanWarningDto>();
        if (plan.ActivationPolicy == ActivationPolicy.Immediate && plan.PaymentOptions.Any(o => o.Method == PaymentMethod.Boleto))
        {
            warnings.Add(new PlanWarningDto(
                "boleto-immediate-access",
                "Com boleto e acesso imediato, o cliente usa o espaço antes de pagar. Considere liberar o acesso após o primeiro pagamento."));
        }

        if (plan.PaymentOptions.Count == 0)
        {
            warnings.Add(new PlanWarningDto("no-payment-option", "O plano não tem forma de pagamento; o link não aceita contratações."));
        }

        return warnings;
    }
}
