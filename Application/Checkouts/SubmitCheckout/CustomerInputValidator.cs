using Conexa.Domain.Documents;
using FluentValidation;

namespace Conexa.Application.Checkouts.SubmitCheckout;

public sealed class CustomerInputValidator : AbstractValidator<CustomerInput>
{
    public CustomerInputValidator()
    {
        RuleFor(c => c.Kind)
            .Must(kind => kind is "person" or "company")
            .WithMessage("Informe o tipo de cliente: \"person\" (pessoa física, CPF) ou \"company\" (pessoa jurídica, CNPJ).");

        RuleFor(c => c.Name)
            .NotEmpty().WithMessage("Informe o nome.")
            .MaximumLength(150).WithMessage("O nome deve ter no máximo 150 caracteres.")
            .MustBePersonName();

        RuleFor(c => c.Email)
            .NotEmpty().WithMessage("Informe o e-mail.")
            .MaximumLength(254).WithMessage("O e-mail deve ter no máximo 254 caracteres.")
            .MustBeEmailAddress();

        RuleFor(c => c.Document).NotEmpty().WithMessage("Informe o CPF ou CNPJ.");
        RuleFor(c => c.Document)
            .Must(document => TaxDocument.TryParse(document, DocumentKind.Cpf, out _))
            .WithMessage("CPF inválido: confira os 11 dígitos.")
            .When(c => c.Kind == "person" && !string.IsNullOrWhiteSpace(c.Document));
        RuleFor(c => c.Document)
            .Must(document => TaxDocument.TryParse(document, DocumentKind.Cnpj, out _))
            .WithMessage("CNPJ inválido: confira os 14 caracteres e os dígitos verificadores.")
            .When(c => c.Kind == "company" && !string.IsNullOrWhiteSpace(c.Document));

        RuleFor(c => c.Phone)
            .MaximumLength(30).WithMessage("O telefone deve ter no máximo 30 caracteres.")
            .MustBePhoneNumber()
            .When(c => !string.IsNullOrWhiteSpace(c.Phone));

        RuleFor(c => c.Password)
            .Must(password => password!.Length >= 8 && password.Any(char.IsLetter) && password.Any(char.IsDigit))
            .WithMessage("A senha deve ter pelo menos 8 caracteres, com letras e números.")
            .MaximumLength(128).WithMessage("A senha deve ter no máximo 128 caracteres.")
            .When(c => !string.IsNullOrEmpty(c.Password));

        RuleFor(c => c.Address!).SetValidator(new AddressInputValidator()).When(c => c.Address is not null);
    }
}
