using System.Globalization;
using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;

namespace Conexa.Application.Contracts.Shared;

/// <summary>The validated filters of the contracts report. A null member does not filter.</summary>
public sealed record ContractFilter(
    RegisteredBy? RegisteredBy,
    ContractStatus? Status,
    Guid? PlanId,
    Guid? UnitId,
    DateOnly? From,
    DateOnly? To,
    string? Search,
    ContractSort Sort)
{
    public const string DateFormat = "yyyy-MM-dd";
    public const int SearchMaxLength = 100;

    /// <summary>Converts parameters that passed <see cref="ContractFilterValidator{T}"/>.</summary>
    public static ContractFilter Parse(IContractFilterParameters parameters) => new(
        ParseEnum<RegisteredBy>(parameters.RegisteredBy),
        ParseEnum<ContractStatus>(parameters.Status),
        ParseGuid(parameters.PlanId),
        ParseGuid(parameters.UnitId),
        ParseDate(parameters.From),
        ParseDate(parameters.To),
        string.IsNullOrWhiteSpace(parameters.Search) ? null : parameters.Search.Trim(),
        ContractSort.TryParse(parameters.Sort, out var sort) ? sort : ContractSort.Default);

    /// <summary>Parses an enum member by its name in any letter case ("awaitingPayment"). Numbers are rejected.</summary>
    public static bool TryParseEnum<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static TEnum? ParseEnum<TEnum>(string? text)
        where TEnum : struct, Enum =>
        TryParseEnum<TEnum>(text, out var value) ? value : null;

    private static Guid? ParseGuid(string? text) => Guid.TryParse(text, out var id) ? id : null;

    private static DateOnly? ParseDate(string? text) => TryParseDate(text, out var date) ? date : null;
}
