using System.Globalization;

namespace Conexa.Sandbox;

/// <summary>
/// Makes a boleto's 44-digit barcode and 47-digit digitable line in the FEBRABAN layout, with its check
/// digits: modulo 10 for each field of the line and modulo 11 for the barcode. Both sandboxes use it, each with
/// its bank's code.
/// </summary>
internal static class BoletoNumbers
{
    /// <summary>Banco Inter's code in the Brazilian payment system.</summary>
    public const string InterBank = "077";

    /// <summary>EFI's code in the Brazilian payment system.</summary>
    public const string EfiBank = "364";

    private static readonly DateOnly DueFactorBase = new(2025, 2, 22);

    /// <summary>Returns the barcode and digitable line of a boleto of <paramref name="amount"/> due on <paramref name="dueDate"/>.</summary>
    public static (string Barcode, string DigitableLine) Create(string bankCode, string nossoNumero, decimal amount, DateOnly dueDate)
    {
        // The bank's three digits, then 9 for the real currency.
        var bankAndCurrency = bankCode + "9";
        // Since 22 Feb 2025 the due-date factor restarts at 1000 on that date and runs up to 9999.
        var factor = 1000 + ((dueDate.DayNumber - DueFactorBase.DayNumber) % 9000 + 9000) % 9000;
        var factorText = factor.ToString("D4", CultureInfo.InvariantCulture);
        var cents = decimal.ToInt64(decimal.Round(amount * 100, MidpointRounding.AwayFromZero));
        var amountText = (cents % 10_000_000_000).ToString("D10", CultureInfo.InvariantCulture);
        var freeField = ("0001" + "112" + nossoNumero.PadLeft(11, '0')[..11] + "0000000").PadRight(25, '0')[..25];

        var withoutCheck = bankAndCurrency + factorText + amountText + freeField;
        var generalCheck = Modulo11(withoutCheck);
        var barcode = withoutCheck[..4] + generalCheck + withoutCheck[4..];

        var field1 = bankAndCurrency + freeField[..5];
        var field2 = freeField[5..15];
        var field3 = freeField[15..25];
        var line = string.Join(' ',
            Dotted(field1 + Modulo10(field1), 5),
            Dotted(field2 + Modulo10(field2), 5),
            Dotted(field3 + Modulo10(field3), 5),
            generalCheck.ToString(CultureInfo.InvariantCulture),
            factorText + amountText);
        return (barcode, line);
    }

    private static string Dotted(string field, int at) => field[..at] + "." + field[at..];

    private static int Modulo10(string digits)
    {
        var sum = 0;
        var weight = 2;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var product = (digits[i] - '0') * weight;
            sum += product > 9 ? product - 9 : product;
            weight = weight == 2 ? 1 : 2;
        }

        return (10 - (sum % 10)) % 10;
    }

    private static int Modulo11(string digits)
    {
        var sum = 0;
        var weight = 2;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            sum += (digits[i] - '0') * weight;
            weight = weight == 9 ? 2 : weight + 1;
        }

        var check = 11 - (sum % 11);
        return check is 0 or 10 or 11 ? 1 : check;
    }
}
