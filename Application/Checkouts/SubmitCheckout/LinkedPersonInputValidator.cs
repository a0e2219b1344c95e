using Conexa.Domain.Documents;
using FluentValidation;

namespace Conexa.Application.Checkouts.SubmitCheckout;

public sealed class LinkedPersonInputValidator : AbstractValidator<LinkedPersonInput>
{
    public LinkedPersonInputValidator()
    {
        RuleFor(p => p.Name)
            .NotEmpty().WithMessage("Informe o nome do responsável.")
            .MaximumLength(150).WithMessage("O nome deve ter no máximo 150 caracteres.")
            .MustBePersonName();
        RuleFor(p => p.Email)
            .NotEmpty().WithMessage("Informe o e-mail do responsável.")
            .MaximumLength(254).WithMessage("O e-mail do responsável deve ter no máximo 254 caracteres.")
            .MustBeEmailAddress();
        RuleFor(p => p.Document)
            .Must(document => TaxDocument.TryParse(document, DocumentKind.Cpf, out _))
            .WithMessage("CPF do responsável inválido: confira os 11 dígitos.");
    }
}
