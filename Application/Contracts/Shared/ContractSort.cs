namespace Conexa.Application.Contracts.Shared;

public enum ContractSortField
{
    StartDate,
    CustomerName,
    MonthlyPrice,
}

/// <summary>The order of the contracts report: a field and a direction, written "startDate" or "-startDate".</summary>
public sealed record ContractSort(ContractSortField Field, bool Descending)
{
    public static ContractSort Default { get; } = new(ContractSortField.StartDate, Descending: true);

    public static bool TryParse(string? text, out ContractSort sort)
    {
        sort = Default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var descending = text.StartsWith('-');
        if (!ContractFilter.TryParseEnum<ContractSortField>(descending ? text[1..] : text, out var field))
        {
            return false;
        }

        sort = new ContractSort(field, descending);
        return true;
    }
}
