using Conexa.Application.Checkouts.Shared;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Contracts.Documents;
using Conexa.Domain.Plans;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Checkouts.GetPlanTerms;

public sealed class GetPlanTermsQueryHandler(IAppDbContext db, PlanOffers offers) : IQueryHandler<GetPlanTermsQuery, PlanTermsDto>
{
    public async ValueTask<PlanTermsDto> Handle(GetPlanTermsQuery query, CancellationToken cancellationToken)
    {
        var (plan, tenant) = await offers.LoadAcceptingCheckoutsAsync(query.LinkToken, cancellationToken);
        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == plan.UnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["cliente"] = "[seu nome ou razão social]",
            ["documento"] = "[seu CPF ou CNPJ]",
            ["email"] = "[seu e-mail]",
            ["representante"] = "[responsável]",
            ["plano"] = plan.Name,
            ["unidade"] = unitName,
            ["contratada"] = tenant.Name,
            ["mensalidade"] = ContractDocumentIssuer.Brl(plan.MonthlyPrice),
            ["adesao"] = ContractDocumentIssuer.Brl(plan.AdhesionFee),
            ["inicio"] = "[data da contratação]",
            ["vencimento"] = "[dia da contratação]",
            ["data"] = "[data da contratação]",
        };

        return new PlanTermsDto(plan.Name, ContractTemplate.Render(plan.ContractTemplate ?? ContractTemplate.Default, values));
    }
}
