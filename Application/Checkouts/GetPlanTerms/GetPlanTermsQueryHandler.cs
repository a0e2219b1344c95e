using Conexa.Application.Checkouts.Shared;
using Conexa.Application.Contracts.Documents;
using Conexa.Domain.Plans;
using Mediator;

namespace Conexa.Application.Checkouts.GetPlanTerms;

public sealed class GetPlanTermsQueryHandler(PlanOffers offers) : IQueryHandler<GetPlanTermsQuery, PlanTermsDto>
{
    public async ValueTask<PlanTermsDto> Handle(GetPlanTermsQuery query, CancellationToken cancellationToken)
    {
        var (plan, tenant) = await offers.LoadAcceptingCheckoutsAsync(query.LinkToken, cancellationToken);
        var unitName = (await offers.UnitAsync(query.LinkToken, cancellationToken)).Name;
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
