using FluentValidation;

namespace Conexa.Application.Checkouts.RetryCheckoutPayment;

public sealed class RetryCheckoutPaymentCommandValidator : AbstractValidator<RetryCheckoutPaymentCommand>
{
    public RetryCheckoutPaymentCommandValidator()
    {
        RuleFor(c => c.Method)
            .Must(method => method is "card" or "pix" or "boleto")
            .WithMessage("Para tentar de novo, escolha \"card\" (outro cartão), \"pix\" ou \"boleto\" (um novo boleto).");

        RuleFor(c => c.CardToken)
            .NotEmpty().WithMessage("O cartão não foi tokenizado; preencha os dados do cartão novamente.")
            .MaximumLength(200)
            .When(c => c.Method == "card");
    }
}
