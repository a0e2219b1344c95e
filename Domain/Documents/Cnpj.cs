namespace Conexa.Domain.Documents;

/// <summary>
/// CNPJ check for the numeric and the alphanumeric form: 12 characters of 0-9 or A-Z, each valued by its
/// ASCII code minus 48 (so A is 17), then two numeric modulo-11 check digits.
/// </summary>
internal static class Cnpj
{
    public const int Length = 14;

    private static readonly int[] FirstWeights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    private static readonly int[] SecondWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

    public static bool IsValid(string value)
    {
        if (value.Length != Length
            || !value[..12].All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c))
            || !value[12..].All(char.IsAsciiDigit)
            || value.Distinct().Count() == 1)
        {
            return false;
        }

        var first = CheckDigit(value.AsSpan(0, 12), FirstWeights);
        var second = CheckDigit(value.AsSpan(0, 13), SecondWeights);
        return value[12] - '0' == first && value[13] - '0' == second;
    }

    private static int CheckDigit(ReadOnlySpan<char> characters, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < characters.Length; i++)
        {
            sum += (characters[i] - '0') * weights[i];
        }

        var remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
