using FluentValidation;

namespace Conexa.Application.Payments.HandlePixPayment;

public sealed class HandlePixPaymentCommandValidator : AbstractValidator<HandlePixPaymentCommand>
{
    public HandlePixPaymentCommandValidator()
    {
        RuleFor(c => c.Txids)
            .NotEmpty().WithMessage("O callback não lista nenhum pagamento Pix. Envie {\"pix\":[{\"txid\":...}]}.")
            .Must(txids => txids.Count <= 100).WithMessage("Um callback pode listar no máximo 100 pagamentos Pix.")
            .OverridePropertyName("pix");
        // A null txid (a payment without one) passes, because Matches leaves null values to other rules.
        RuleForEach(c => c.Txids)
            .Matches("^[a-zA-Z0-9]{26,35}$").WithMessage("txid inválido: use de 26 a 35 letras e dígitos.")
            .OverridePropertyName("pix");
    }
}
