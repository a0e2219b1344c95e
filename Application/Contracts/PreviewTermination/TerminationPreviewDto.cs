using Conexa.Domain.Sales;

namespace Conexa.Application.Contracts.PreviewTermination;

/// <summary>
/// The pro-rata calculation of a termination: the period [periodStart, nextDueDate) that contains the end
/// date, the days used and in the period, the amounts, the charges it would cancel, the earlier periods it
/// would bill in full, and the paid charges whose credit adds up to <paramref name="CreditAmount"/>. The pro-rata
/// charge of the first period carries the adhesion fee in full (<paramref name="ReplacementAdhesionAmount"/>).
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
    decimal ReplacementAdhesionAmount,
    DateOnly? ReplacementDueDate,
    decimal CreditAmount,
    IReadOnlyList<CancelledChargeDto> ChargesToCancel,
    IReadOnlyList<UnbilledPeriodDto> PeriodsToBill,
    IReadOnlyList<CreditedChargeDto> CreditedCharges);

public sealed record CancelledChargeDto(Guid Id, DateOnly DueDate, decimal Amount, ChargeStatus Status);

/// <summary>A full period before the end date's period that was never billed, charged at termination at the monthly price.</summary>
public sealed record UnbilledPeriodDto(DateOnly PeriodStart, DateOnly NextDueDate, decimal Amount, DateOnly DueDate);

/// <summary>A paid charge that the termination credits: <paramref name="CreditAmount"/> of its <paramref name="Amount"/>.</summary>
public sealed record CreditedChargeDto(Guid Id, DateOnly DueDate, decimal Amount, decimal CreditAmount);
