using System.Globalization;
using Conexa.Application.Common.Text;
using FluentValidation;
using FluentValidation.Results;

namespace Conexa.Api.Endpoints;

/// <summary>
/// Reads a date from the query string as YYYY-MM-DD only. The framework's DateOnly binding parses with the
/// invariant culture, so it would also take 2027-4-1, 2027-04-24T00:00:00 and 02/03/2027 (read as 3 February).
/// </summary>
internal static class IsoDateQuery
{
    /// <summary>Returns null for a missing or empty value, so the request's validator reports it as missing.</summary>
    /// <exception cref="ValidationException">The value is not a calendar date written as YYYY-MM-DD.</exception>
    public static DateOnly? Parse(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new ValidationException([new ValidationFailure(name, IsoDateText.Problem(name, value))]);
    }
}
