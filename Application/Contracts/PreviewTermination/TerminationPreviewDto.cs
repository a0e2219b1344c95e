using Conexa.Domain.Sales;

namespace Conexa.Application.Contracts.PreviewTermination;

/// <summary>
/// The pro-rata calculation of a termination: the period [periodStart, nextDueDate) that contains the end
/// date, the days used and in the period, the amounts, and the charges it would cancel.
/// </summary>
public sealed record TerminationPreviewDto(
    Guid ContractId,
    DateOnly EndDate,
    DateOnly PeriodStart,
    DateOnly NextDueDate,
    int UsedDays,
    int PeriodDays,
    decimal MonthlyPrice,
    decimal ProRataAmount,
    decimal? ReplacementChargeAmount,
    decimal CreditAmount,
    IReadOnlyList<CancelledChargeDto> ChargesToCancel);

public sealed record CancelledChargeDto(Guid Id, DateOnly DueDate, decimal Amount, ChargeStatus Status);
