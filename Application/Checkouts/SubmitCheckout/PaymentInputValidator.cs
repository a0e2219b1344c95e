using Conexa.Application.Checkouts.Shared;
using FluentValidation;

namespace Conexa.Application.Checkouts.SubmitCheckout;

public sealed class PaymentInputValidator : AbstractValidator<PaymentInput>
{
    public PaymentInputValidator()
    {
        RuleFor(p => p.Method)
            .Must(method => PaymentChoice.ParseMethod(method) is not null)
            .WithMessage("Escolha a forma de pagamento: \"card\", \"pix\" ou \"boleto\".");

        RuleFor(p => p.Provider)
            .Must(provider => PaymentChoice.ParseProvider(provider) is not null)
            .WithMessage("Provedor desconhecido: use \"efi\" ou \"inter\".")
            .When(p => p.Provider is not null);

        RuleFor(p => p.CardToken)
            .NotEmpty().WithMessage("O cartão não foi tokenizado; preencha os dados do cartão novamente.")
            .MaximumLength(200)
            .When(p => p.Method == "card");
    }
}
