namespace Conexa.Application.Contracts.Shared;

/// <summary>
/// Query-string filters of the contracts report, as sent. They stay text until the validator has checked
/// them, so that an invalid value becomes a 400 problem naming its field instead of a binding failure.
/// </summary>
public interface IContractFilterParameters
{
    string? RegisteredBy { get; }

    string? Status { get; }

    string? PlanId { get; }

    string? UnitId { get; }

    /// <summary>First contract start date included, YYYY-MM-DD.</summary>
    string? From { get; }

    /// <summary>Last contract start date included, YYYY-MM-DD.</summary>
    string? To { get; }

    /// <summary>Part of the customer's name or e-mail, or a whole CPF/CNPJ with or without mask.</summary>
    string? Search { get; }

    /// <summary>startDate, customerName or monthlyPrice, with a leading "-" for descending order.</summary>
    string? Sort { get; }
}
