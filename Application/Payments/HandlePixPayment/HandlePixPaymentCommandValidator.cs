using FluentValidation;

namespace Conexa.Application.Payments.HandlePixPayment;

public sealed class HandlePixPaymentCommandValidator : AbstractValidator<HandlePixPaymentCommand>
{
    public HandlePixPaymentCommandValidator()
    {
        RuleFor(c => c.Txids)
            .NotEmpty().WithMessage("The callback lists no Pix payment; send {\"pix\":[{\"txid\":...}]}.")
            .Must(txids => txids.Count <= 100).WithMessage("A callback may list at most 100 Pix payments.")
            .OverridePropertyName("pix");
        // A null txid (a payment without one) passes, because Matches leaves null values to other rules.
        RuleForEach(c => c.Txids)
            .Matches("^[a-zA-Z0-9]{26,35}$").WithMessage("A txid has 26 to 35 letters and digits.")
            .OverridePropertyName("pix");
    }
}
