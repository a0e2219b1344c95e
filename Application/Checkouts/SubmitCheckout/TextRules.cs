using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;

namespace Conexa.Application.Checkouts.SubmitCheckout;

/// <summary>Rules for free text typed by customers, which also goes to payment providers and documents.</summary>
public static partial class TextRules
{
    /// <summary>
    /// Rejects control characters (such as NUL) and invisible formatting ones (zero-width spaces, bidi overrides).
    /// A zero-width joiner or non-joiner between two visible characters is kept, because emoji sequences such as
    /// a family and some scripts are written with them.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> MustBePlainText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || IsPlainText(value))
            .WithMessage("O texto contém caracteres de controle ou invisíveis, como marcas de direção do texto. Digite-o novamente, sem colar de outro programa.");

    /// <summary>Requires plain text with at least two visible letters (Hangul fillers are letters that draw nothing).</summary>
    public static IRuleBuilderOptions<T, string?> MustBePersonName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBePlainText()
            .Must(value => string.IsNullOrEmpty(value) || value.Count(c => char.IsLetter(c) && !IsBlankLetter(c)) >= 2)
            .WithMessage("Informe o nome completo, com letras.");

    private static bool IsBlankLetter(char character) => character is '\u115F' or '\u1160' or '\u3164' or '\uFFA0';

    /// <summary>
    /// Requires a mailbox and a domain with a dot, such as nome@exemplo.com, without control or invisible
    /// characters, which the pattern's \s does not match. Spaces around the address, which phone keyboards add,
    /// are ignored here and trimmed when the address is stored.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> MustBeEmailAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => string.IsNullOrEmpty(value) || (value.Trim().All(IsPlain) && EmailPattern().IsMatch(value.Trim())))
            .WithMessage("Informe um e-mail válido, como nome@exemplo.com.");

    /// <summary>
    /// Requires a Brazilian phone number typed with digits and the usual separators, such as +55 (11) 91234-5678:
    /// area code and number (10 or 11 digits), optionally after the country code 55. The payment providers take only
    /// that form, so a number from another country would make every later charge fail.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> MustBePhoneNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is not null
                && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-' or '.')
                && IsBrazilianNumber(string.Concat(value.Where(char.IsAsciiDigit))))
            .WithMessage("Telefone inválido: informe DDD e número de um telefone do Brasil, como (11) 91234-5678.");

    private static bool IsBrazilianNumber(string digits) =>
        digits.Length is 10 or 11 || (digits.Length is 12 or 13 && digits.StartsWith("55", StringComparison.Ordinal));

    private static bool IsPlainText(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var joinsVisible = value[i] is ZeroWidthJoiner or ZeroWidthNonJoiner
                && i > 0 && i < value.Length - 1
                && IsVisible(value[i - 1]) && IsVisible(value[i + 1]);
            if (!IsPlain(value[i]) && !joinsVisible)
            {
                return false;
            }
        }

        return true;
    }

    private const char ZeroWidthJoiner = '\u200D';

    private const char ZeroWidthNonJoiner = '\u200C';

    /// <summary>Tells whether a character is drawn: not white space, control or formatting. Emoji surrogate halves count as drawn.</summary>
    private static bool IsVisible(char character) => IsPlain(character) && !char.IsWhiteSpace(character);

    private static bool IsPlain(char character) =>
        CharUnicodeInfo.GetUnicodeCategory(character) is not (UnicodeCategory.Control or UnicodeCategory.Format);

    // Domain labels are letters (Unicode ones too, for internationalised domains), digits and hyphens.
    [GeneratedRegex(@"^[^@\s]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$")]
    private static partial Regex EmailPattern();
}
