namespace Conexa.Domain.Sales;

/// <summary>
/// Converts a bank boleto's 47-digit digitable line into its 44-digit barcode number: bank and currency,
/// the general check digit, due factor and value, then the 25-digit free field without the three field
/// check digits of the line.
/// </summary>
public static class BoletoNumbers
{
    public static string? BarcodeFromDigitableLine(string? digitableLine)
    {
        if (digitableLine is null)
        {
            return null;
        }

        var digits = string.Concat(digitableLine.Where(char.IsAsciiDigit));
        if (digits.Length != 47)
        {
            return null;
        }

        return string.Concat(digits[..4], digits[32..33], digits[33..47], digits[4..9], digits[10..20], digits[21..31]);
    }
}
