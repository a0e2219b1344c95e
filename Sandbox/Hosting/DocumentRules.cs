using System.Text.RegularExpressions;

namespace Conexa.Sandbox.Hosting;

/// <summary>
/// Format checks for Brazilian taxpayer numbers, as EFI applies them. Masks and non-ASCII digits are rejected, and
/// check digits are not verified.
/// </summary>
internal static partial class DocumentRules
{
    public static bool IsCpf(string value) => CpfPattern().IsMatch(value);

    /// <summary>
    /// Returns whether <paramref name="value"/> is a 14-digit CNPJ or, when <paramref name="acceptAlphanumeric"/>
    /// is set, a CNPJ whose first 12 characters are A–Z or 0–9 and whose last 2 are digits.
    /// </summary>
    public static bool IsCnpj(string value, bool acceptAlphanumeric) =>
        acceptAlphanumeric ? AlphanumericCnpjPattern().IsMatch(value) : NumericCnpjPattern().IsMatch(value);

    [GeneratedRegex(@"^[0-9]{11}$", RegexOptions.CultureInvariant)]
    private static partial Regex CpfPattern();

    [GeneratedRegex(@"^[0-9]{14}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericCnpjPattern();

    [GeneratedRegex(@"^[A-Z0-9]{12}[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex AlphanumericCnpjPattern();
}
