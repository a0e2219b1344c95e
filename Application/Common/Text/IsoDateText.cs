using System.Globalization;
using System.Text.RegularExpressions;

namespace Conexa.Application.Common.Text;

/// <summary>Explains why a query parameter is not a date written as YYYY-MM-DD, naming the fix.</summary>
public static partial class IsoDateText
{
    /// <summary>
    /// Returns the error message for <paramref name="text"/> given as <paramref name="name"/>, or null when it is a valid
    /// date. A day that the month lacks, such as 2027-02-30, gets a message of its own, because its format is right.
    /// </summary>
    public static string? Problem(string name, string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return null;
        }

        return IsoShape().IsMatch(text)
            ? $"{name} inválido: {text} não existe no calendário. Informe um dia que exista no mês."
            : $"{name} inválido: use uma data no formato AAAA-MM-DD, como 2027-04-24.";
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoShape();
}
