namespace Conexa.Domain.Customers;

/// <summary>Reads the phone numbers customers type, such as "+55 (11) 91234-5678".</summary>
public static class BrazilianPhone
{
    /// <summary>
    /// Returns the area code and number, 10 or 11 digits, without the country code 55, or null for a number of another
    /// length, such as one stored before the checkout took Brazilian numbers only.
    /// </summary>
    public static string? National(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var digits = string.Concat(value.Where(char.IsAsciiDigit));
        if (digits.Length is 12 or 13 && digits.StartsWith("55", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        return digits.Length is 10 or 11 ? digits : null;
    }
}
