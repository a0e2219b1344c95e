using Conexa.Application.Checkouts.GetPlanOffer;
using Conexa.Application.Checkouts.SubmitCheckout;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Plans;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Plans.SavePlan;

/// <summary>Rules of a plan's fields. Messages are in pt-BR because the admin SPA shows them beside each field.</summary>
public abstract class PlanFieldsValidator<T> : AbstractValidator<T>
    where T : IPlanFields
{
    public const int NameMaxLength = 150;
    public const int DescriptionMaxLength = 2000;
    public const int QuotaTextMaxLength = 100;
    public const decimal MaxPrice = 1_000_000m;

    protected PlanFieldsValidator(IAppDbContext db, ICurrentUser user)
    {
        RuleFor(p => p.Name)
            .NotEmpty().WithMessage("Informe o nome do plano.")
            .MustBePlainText()
            .MaximumLength(NameMaxLength).WithMessage($"O nome tem no máximo {NameMaxLength} caracteres.");
        RuleFor(p => p.Description)
            .MustBePlainText()
            .MaximumLength(DescriptionMaxLength).WithMessage($"A descrição tem no máximo {DescriptionMaxLength} caracteres.");
        RuleFor(p => p.UnitId)
            .NotEmpty().WithMessage("Escolha a unidade do plano.")
            .MustAsync(async (unitId, cancellationToken) =>
                await db.Units.AnyAsync(u => u.Id == unitId && u.TenantId == user.TenantId, cancellationToken))
            .When(p => p.UnitId is not null && p.UnitId != Guid.Empty)
            .WithMessage("Unidade não encontrada: escolha uma unidade deste estabelecimento.");
        RuleFor(p => p.MonthlyPrice)
            .NotNull().WithMessage("Informe a mensalidade.")
            .GreaterThan(0m).WithMessage("A mensalidade deve ser maior que zero.")
            .LessThanOrEqualTo(MaxPrice).WithMessage("A mensalidade passa de R$ 1.000.000,00.")
            .Must(HaveCents).WithMessage("Use no máximo duas casas decimais (centavos).");
        RuleFor(p => p.AdhesionFee)
            .GreaterThanOrEqualTo(0m).WithMessage("A taxa de adesão não pode ser negativa.")
            .LessThanOrEqualTo(MaxPrice).WithMessage("A taxa de adesão passa de R$ 1.000.000,00.")
            .Must(HaveCents).WithMessage("Use no máximo duas casas decimais (centavos).");
        RuleFor(p => p.ActivationPolicy)
            .NotNull().WithMessage("Escolha quando o contrato fica ativo: afterFirstPayment ou immediate.")
            .IsInEnum().WithMessage("Política de ativação inválida: use afterFirstPayment ou immediate.");
        RuleFor(p => p.PaymentOptions)
            .NotEmpty().WithMessage("Escolha ao menos uma forma de pagamento.");
        RuleForEach(p => p.PaymentOptions)
            .Must(o => o is not null && new PaymentOption(o.Method, o.Provider).IsSupported)
            .WithMessage("Forma de pagamento não oferecida: o Banco Inter emite apenas boleto.");
        RuleForEach(p => p.Quotas).ChildRules(quota =>
        {
            quota.RuleFor(q => q.Resource)
                .NotEmpty().WithMessage("Informe o recurso da cota, por exemplo \"Sala de reunião\".")
                .MustBePlainText()
                .MaximumLength(QuotaTextMaxLength).WithMessage($"O recurso tem no máximo {QuotaTextMaxLength} caracteres.");
            quota.RuleFor(q => q.Amount)
                .GreaterThan(0m).WithMessage("A quantidade da cota deve ser maior que zero.");
            quota.RuleFor(q => q.Unit)
                .NotEmpty().WithMessage("Informe a unidade da cota, por exemplo \"horas\".")
                .MustBePlainText()
                .MaximumLength(QuotaTextMaxLength).WithMessage($"A unidade tem no máximo {QuotaTextMaxLength} caracteres.");
        });
        RuleFor(p => p.ContractTemplate)
            .MaximumLength(ContractTemplate.MaxLength)
            .WithMessage($"O modelo de contrato tem no máximo {ContractTemplate.MaxLength} caracteres.")
            .Must(template => string.IsNullOrWhiteSpace(template) || ContractTemplate.UnknownPlaceholders(template).Count == 0)
            .WithMessage(p => UnknownPlaceholderMessage(p.ContractTemplate!));
        RuleFor(p => p.Form!).ChildRules(form =>
        {
            form.RuleFor(f => f.Password).Must(BeShownIfRequired).WithMessage(HiddenRequiredMessage);
            form.RuleFor(f => f.Address).Must(BeShownIfRequired).WithMessage(HiddenRequiredMessage);
            form.RuleFor(f => f.Phone).Must(BeShownIfRequired).WithMessage(HiddenRequiredMessage);
            form.RuleFor(f => f.CompanyData).Must(BeShownIfRequired).WithMessage(HiddenRequiredMessage);
            form.RuleFor(f => f.Attachments).Must(BeShownIfRequired).WithMessage(HiddenRequiredMessage);
        }).When(p => p.Form is not null);
    }

    private static string UnknownPlaceholderMessage(string template) =>
        $"O modelo usa campos que não existem: {string.Join(", ", ContractTemplate.UnknownPlaceholders(template).Select(n => "{" + n + "}"))}. " +
        $"Use só {string.Join(", ", ContractTemplate.Placeholders.Keys.Select(n => "{" + n + "}"))}.";

    private const string HiddenRequiredMessage = "Um campo oculto não pode ser obrigatório: mostre o campo ou desmarque \"obrigatório\".";

    private static bool HaveCents(decimal? amount) => amount is null || decimal.Round(amount.Value, 2) == amount.Value;

    private static bool BeShownIfRequired(FormFieldDto? field) => field is null || field.Enabled || !field.Required;
}

public sealed class CreatePlanCommandValidator(IAppDbContext db, ICurrentUser user) : PlanFieldsValidator<CreatePlanCommand>(db, user);

public sealed class UpdatePlanCommandValidator(IAppDbContext db, ICurrentUser user) : PlanFieldsValidator<UpdatePlanCommand>(db, user);
