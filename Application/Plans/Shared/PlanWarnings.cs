using Conexa.Application.Plans.GetPlans;
using Conexa.Domain.Plans;

namespace Conexa.Application.Plans.Shared;

/// <summary>The plan settings that an admin should reconsider, with a pt-BR message for each.</summary>
public static class PlanWarnings
{
    public const string BoletoImmediateAccess = "boleto-immediate-access";
    public const string NoPaymentOption = "no-payment-option";

    public static IReadOnlyList<PlanWarningDto> For(Plan plan)
    {
        var warnings = new List<PlanWarningDto>();
        if (plan.ActivationPolicy == ActivationPolicy.Immediate && plan.PaymentOptions.Any(o => o.Method == PaymentMethod.Boleto))
        {
            warnings.Add(new PlanWarningDto(
                BoletoImmediateAccess,
                "Com boleto e acesso imediato, o cliente usa o espaço antes de pagar. Considere liberar o acesso após o primeiro pagamento."));
        }

        if (plan.PaymentOptions.Count == 0)
        {
            warnings.Add(new PlanWarningDto(NoPaymentOption, "O plano não tem forma de pagamento; o link não aceita contratações."));
        }

        return warnings;
    }
}
