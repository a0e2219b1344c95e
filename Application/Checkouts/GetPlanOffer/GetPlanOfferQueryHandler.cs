using Conexa.Application.Attachments.Shared;
using Conexa.Application.Checkouts.Shared;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Plans;
using Mediator;
using Microsoft.Extensions.Options;

namespace Conexa.Application.Checkouts.GetPlanOffer;

public sealed class GetPlanOfferQueryHandler(PlanOffers offers, ICheckoutEnvironment environment, IOptions<AttachmentOptions> attachments)
    : IQueryHandler<GetPlanOfferQuery, PlanOfferDto>
{
    public async ValueTask<PlanOfferDto> Handle(GetPlanOfferQuery query, CancellationToken cancellationToken)
    {
        var (plan, tenant) = await offers.LoadAcceptingCheckoutsAsync(query.LinkToken, cancellationToken);
        var form = plan.Form;

        return new PlanOfferDto(
            plan.Name,
            plan.Description,
            tenant.Name,
            plan.MonthlyPrice,
            plan.AdhesionFee,
            plan.FirstPaymentAmount,
            plan.ActivationPolicy,
            plan.Quotas.Select(q => new PlanQuotaDto(q.Resource, q.Amount, q.Unit)).ToList(),
            plan.PaymentOptions.Select(o => new PaymentOptionDto(o.Method, o.Provider)).ToList(),
            new CheckoutFormDto(Field(form.Password), Field(form.Address), Field(form.Phone), Field(form.CompanyData), Field(form.Attachments)),
            attachments.Value.MaxFileSizeBytes,
            environment.CardTokenizer,
            environment.IsSandbox);
    }

    private static FormFieldDto Field(FormField field) => new(field.Enabled, field.Required);
}
