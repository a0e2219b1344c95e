using Conexa.Domain.Common;
using Conexa.Domain.Sales;

namespace Conexa.Domain.Contracts;

/// <summary>
/// What terminating a contract on a last day of service changes, itemised so the admin can read it before
/// confirming: the full periods before the last one that were never billed, the pro-rata of the last period,
/// the open charge it replaces or the credit for a paid one, the later charges that are cancelled, and each paid
/// charge that makes up the credit (<see cref="CreditedCharges"/>).
/// </summary>
public sealed record TerminationPlan(
    DateOnly EndDate,
    BillingPeriod Period,
    decimal MonthlyPrice,
    ProRata ProRata,
    Charge? PeriodCharge,
    decimal? ReplacementAmount,
    decimal AdhesionAmount,
    decimal CreditAmount,
    IReadOnlyList<Charge> ChargesToCancel,
    IReadOnlyList<BillingPeriod> PeriodsToBill,
    IReadOnlyList<CreditedCharge> CreditedCharges,
    DateOnly? EarliestDueDate)
{
    /// <summary>
    /// Gets the due date of the pro-rata charge: the replaced charge's, or the period's start when there was none, moved
    /// to <see cref="EarliestDueDate"/> when that is later. Null when the termination adds no pro-rata charge.
    /// </summary>
    public DateOnly? ReplacementDueDate => ReplacementAmount is null ? null : Later(PeriodCharge?.DueDate ?? Period.Start);

    /// <summary>Returns the due date of a full period the termination bills: its start, or <see cref="EarliestDueDate"/> when that is later.</summary>
    public DateOnly DueDateOf(BillingPeriod period) => Later(period.Start);

    /// <summary>
    /// Computes the plan. A period charge that is open is replaced by the pro-rata (plus the adhesion fee,
    /// which is never pro-rated, when it is the first charge). A paid one earns a credit of the difference.
    /// A written-off one was never paid, so the pro-rata is charged anew and earns no credit. Later charges are
    /// cancelled, and a paid later charge is credited in full.
    /// </summary>
    /// <remarks>
    /// The billing run bills only contracts that are not terminated, so the full periods between the last
    /// billed one and the end date's period are billed here, at the monthly price. They exist when the end
    /// date is further ahead than the billing run's lead days.
    /// A period or pro-rata whose due date is before <paramref name="earliestDueDate"/>, when given (the tenant's earliest
    /// due date for the contract's payment method), falls due on that day instead.
    /// </remarks>
    public static TerminationPlan For(Contract contract, DateOnly endDate, IReadOnlyList<Charge> charges, DateOnly? earliestDueDate = null)
    {
        var period = contract.Schedule.PeriodContaining(endDate);
        var proRata = ProRata.Calculate(contract.MonthlyPrice, period, endDate);
        var live = charges.Where(c => c.Status != ChargeStatus.Cancelled).ToList();
        var periodCharge = live.FirstOrDefault(c => c.PeriodIndex == period.Index);
        var unused = contract.MonthlyPrice - proRata.Amount;
        var adhesion = period.Index == 0 ? contract.AdhesionFee : 0m;

        decimal? replacement = null;
        var credited = new List<CreditedCharge>();
        var toCancel = live.Where(c => c.PeriodIndex > period.Index && c.IsOpen).ToList();

        if (periodCharge is { IsSettled: true })
        {
            // A last day at the end of a paid period leaves nothing unused to credit.
            if (unused > 0)
            {
                credited.Add(new CreditedCharge(periodCharge, unused));
            }
        }
        else if (periodCharge is null || !periodCharge.IsOpen)
        {
            replacement = proRata.Amount + adhesion;
        }
        else if (unused > 0)
        {
            replacement = proRata.Amount + adhesion;
            toCancel.Insert(0, periodCharge);
        }

        credited.AddRange(live.Where(c => c.PeriodIndex > period.Index && c.IsSettled).OrderBy(c => c.DueDate).Select(c => new CreditedCharge(c, c.Amount)));
        var credit = Money.RoundToCents(credited.Sum(c => c.Amount));
        return new TerminationPlan(
            endDate,
            period,
            contract.MonthlyPrice,
            proRata,
            periodCharge,
            replacement,
            replacement is null ? 0m : adhesion,
            credit,
            toCancel,
            UnbilledPeriodsBefore(contract, period, charges),
            credited,
            earliestDueDate);
    }

    private DateOnly Later(DateOnly dueDate) => EarliestDueDate is { } earliest && earliest > dueDate ? earliest : dueDate;

    /// <summary>Returns the periods before <paramref name="last"/> after the last one with a regular charge, cancelled or not, as the billing run counts them.</summary>
    private static List<BillingPeriod> UnbilledPeriodsBefore(Contract contract, BillingPeriod last, IReadOnlyList<Charge> charges)
    {
        var lastBilled = charges.Where(c => c.Purpose == ChargePurpose.Regular).Max(c => (int?)c.PeriodIndex) ?? -1;
        var periods = new List<BillingPeriod>();
        for (var index = lastBilled + 1; index < last.Index; index++)
        {
            periods.Add(contract.Schedule.Period(index));
        }

        return periods;
    }
}

/// <summary>A paid charge whose unused part, or whole amount for a period after the last day, a termination credits.</summary>
public sealed record CreditedCharge(Charge Charge, decimal Amount);
