using FluentValidation;

namespace Conexa.Application.Checkouts.SubmitCheckout;

public sealed class AddressInputValidator : AbstractValidator<AddressInput>
{
    /// <summary>The fields of an address that must be filled in whenever an address is given or required.</summary>
    public static readonly string[] RequiredFields = ["Street", "Number", "District", "City", "State", "PostalCode"];

    private static readonly HashSet<string> States =
    [
        "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA",
        "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO",
    ];

    public AddressInputValidator()
    {
        RuleFor(a => a.Street).NotEmpty().WithMessage("Informe a rua.").MaximumLength(150).WithMessage("A rua deve ter no máximo 150 caracteres.").MustBePlainText();
        RuleFor(a => a.Number).NotEmpty().WithMessage("Informe o número.").MaximumLength(20).WithMessage("O número deve ter no máximo 20 caracteres.").MustBePlainText();
        RuleFor(a => a.Complement).MaximumLength(100).WithMessage("O complemento deve ter no máximo 100 caracteres.").MustBePlainText();
        RuleFor(a => a.District).NotEmpty().WithMessage("Informe o bairro.").MaximumLength(100).WithMessage("O bairro deve ter no máximo 100 caracteres.").MustBePlainText();
        RuleFor(a => a.City).NotEmpty().WithMessage("Informe a cidade.").MaximumLength(100).WithMessage("A cidade deve ter no máximo 100 caracteres.").MustBePlainText();
        RuleFor(a => a.State)
            .Must(state => state is not null && States.Contains(state.Trim().ToUpperInvariant()))
            .WithMessage("UF inválida: use a sigla de um estado brasileiro, como SP.");
        RuleFor(a => a.PostalCode)
            .Must(cep => cep is not null && cep.Count(char.IsAsciiDigit) == 8 && cep.All(c => char.IsAsciiDigit(c) || c is '-' or '.' or ' '))
            .WithMessage("CEP inválido: informe os 8 dígitos, como 01001-000.");
    }
}
