namespace Conexa.Application.Contracts.ExportContracts;

/// <summary>
/// One line of the exported report. Text columns are already in pt-BR. The start date and the price stay
/// typed so that a spreadsheet can keep them as a date and a number.
/// </summary>
public sealed record ContractReportRow(
    string ShortId,
    string CustomerName,
    string MaskedDocument,
    string PlanName,
    string UnitName,
    string RegisteredBy,
    string Status,
    DateOnly StartDate,
    int DueDay,
    decimal MonthlyPrice,
    string PaymentMethod,
    string SignatureStatus);
