namespace Conexa.Domain.Documents;

/// <summary>CPF check: 11 digits, two modulo-11 check digits, and no sequence of one repeated digit.</summary>
internal static class Cpf
{
    public const int Length = 11;

    public static bool IsValid(string digits)
    {
        if (digits.Length != Length || !digits.All(char.IsAsciiDigit) || digits.Distinct().Count() == 1)
        {
            return false;
        }

        var first = CheckDigit(digits.AsSpan(0, 9), firstWeight: 10);
        var second = CheckDigit(digits.AsSpan(0, 10), firstWeight: 11);
        return digits[9] - '0' == first && digits[10] - '0' == second;
    }

    private static int CheckDigit(ReadOnlySpan<char> digits, int firstWeight)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * (firstWeight - i);
        }

        var remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
