using Conexa.Application.Checkouts.GetPlanOffer;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Plans;

namespace Conexa.Application.Plans.Shared;

/// <summary>Converts plans between the admin API's records and the domain.</summary>
public static class PlanMapping
{
    public static PlanDto ToDto(Plan plan, IPublicLinks links) =>
        new(
            plan.Id,
            plan.Name,
            plan.Description,
            plan.UnitId,
            plan.MonthlyPrice,
            plan.AdhesionFee,
            plan.ActivationPolicy,
            plan.Quotas.Select(q => new PlanQuotaDto(q.Resource, q.Amount, q.Unit)).ToList(),
            plan.PaymentOptions.Select(o => new PaymentOptionDto(o.Method, o.Provider)).ToList(),
            ToDto(plan.Form),
            plan.IsActive,
            CheckoutPath(plan),
            links.CheckoutUrl(plan.LinkToken),
            PlanWarnings.For(plan),
            plan.ContractTemplate,
            ContractTemplate.Placeholders.Keys.ToList());

    public static string CheckoutPath(Plan plan) => $"/checkout/{plan.LinkToken}";

    public static CheckoutFormDto ToDto(FormConfiguration form) =>
        new(ToDto(form.Password), ToDto(form.Address), ToDto(form.Phone), ToDto(form.CompanyData), ToDto(form.Attachments));

    public static FormConfiguration ToDomain(CheckoutFormDto? form) =>
        form is null
            ? FormConfiguration.Default
            : new FormConfiguration(
                ToDomain(form.Password),
                ToDomain(form.Address),
                ToDomain(form.Phone),
                ToDomain(form.CompanyData),
                ToDomain(form.Attachments));

    private static FormFieldDto ToDto(FormField field) => new(field.Enabled, field.Required);

    private static FormField ToDomain(FormFieldDto? field) =>
        field is null ? FormField.Hidden : new FormField(field.Enabled, field.Required);
}
