using System.Globalization;

namespace Conexa.Application.Common.Text;

/// <summary>Helpers for the pt-BR texts of the history, e-mails and responses.</summary>
public static class Portuguese
{
    /// <summary>Writes a count with the singular or the plural noun phrase, as in "1 cobrança cancelada" and "2 cobranças canceladas".</summary>
    public static string Count(int count, string singular, string plural) => $"{count} {(count == 1 ? singular : plural)}";

    /// <summary>Writes a date as Brazilians do, such as 07/02/2027.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
