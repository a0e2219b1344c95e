using System.Globalization;

namespace Conexa.FaultRun;

/// <summary>Builds distinct valid CPFs, so each checkout of the run is a new customer.</summary>
internal static class Cpf
{
    public static string FromNumber(int number)
    {
        var digits = (100_000_000 + number).ToString("D9", CultureInfo.InvariantCulture).Select(c => c - '0').ToList();
        digits.Add(CheckDigit(digits));
        digits.Add(CheckDigit(digits));
        return string.Concat(digits);
    }

    private static int CheckDigit(IReadOnlyList<int> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Count; i++)
        {
            sum += digits[i] * (digits.Count + 1 - i);
        }

        var rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }
}
