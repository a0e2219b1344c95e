using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;

namespace Conexa.Application.Checkouts.SubmitCheckout;

/// <summary>Rules for free text typed by customers, which also goes to payment providers and documents.</summary>
public static partial class TextRules
{
    /// <summary>Rejects control characters (such as NUL) and invisible formatting ones (zero-width, bidi overrides).</summary>
    public static IRuleBuilderOptions<T, string?> MustBePlainText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || value.All(IsPlain))
            .WithMessage("O texto contém caracteres de controle ou invisíveis; digite-o novamente.");

    /// <summary>Requires plain text with at least one letter.</summary>
    public static IRuleBuilderOptions<T, string?> MustBePersonName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBePlainText()
            .Must(value => string.IsNullOrEmpty(value) || value.Any(char.IsLetter))
            .WithMessage("O nome precisa ter letras.");

    /// <summary>
    /// Requires a mailbox and a domain with a dot, such as nome@exemplo.com, without control or invisible
    /// characters, which the pattern's \s does not match.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> MustBeEmailAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => string.IsNullOrEmpty(value) || (value.All(IsPlain) && EmailPattern().IsMatch(value)))
            .WithMessage("Informe um e-mail válido, como nome@exemplo.com.");

    /// <summary>Requires a phone number typed with digits and the usual separators, such as +55 (11) 91234-5678.</summary>
    public static IRuleBuilderOptions<T, string?> MustBePhoneNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is not null
                && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-' or '.')
                && value.Count(char.IsAsciiDigit) is >= 10 and <= 13)
            .WithMessage("Telefone inválido: informe DDD e número, como (11) 91234-5678.");

    private static bool IsPlain(char character) =>
        CharUnicodeInfo.GetUnicodeCategory(character) is not (UnicodeCategory.Control or UnicodeCategory.Format);

    // Domain labels are letters (Unicode ones too, for internationalised domains), digits and hyphens.
    [GeneratedRegex(@"^[^@\s]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$")]
    private static partial Regex EmailPattern();
}
