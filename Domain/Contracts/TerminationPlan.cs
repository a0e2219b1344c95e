using Conexa.Domain.Common;
using Conexa.Domain.Sales;

namespace Conexa.Domain.Contracts;

/// <summary>
/// What terminating a contract on a last day of service changes, itemised so the admin can read it before
/// confirming: the pro-rata of the last period, the open charge it replaces or the credit for a paid one,
/// and the later charges that are cancelled.
/// </summary>
public sealed record TerminationPlan(
    DateOnly EndDate,
    BillingPeriod Period,
    decimal MonthlyPrice,
    ProRata ProRata,
    Charge? PeriodCharge,
    decimal? ReplacementAmount,
    decimal CreditAmount,
    IReadOnlyList<Charge> ChargesToCancel)
{
    /// <summary>
    /// Computes the plan. A period charge that is open is replaced by the pro-rata (plus the adhesion fee,
    /// which is never pro-rated, when it is the first charge). A paid one earns a credit of the
    /// difference. Later charges are cancelled, and a paid later charge is credited in full.
    /// </summary>
    public static TerminationPlan For(Contract contract, DateOnly endDate, IReadOnlyList<Charge> charges)
    {
        var period = contract.Schedule.PeriodContaining(endDate);
        var proRata = ProRata.Calculate(contract.MonthlyPrice, period, endDate);
        var live = charges.Where(c => c.Status != ChargeStatus.Cancelled).ToList();
        var periodCharge = live.FirstOrDefault(c => c.PeriodIndex == period.Index);
        var unused = contract.MonthlyPrice - proRata.Amount;
        var adhesion = period.Index == 0 ? contract.AdhesionFee : 0m;

        decimal? replacement = null;
        var credit = 0m;
        var toCancel = live.Where(c => c.PeriodIndex > period.Index && c.IsOpen).ToList();

        if (periodCharge is null || periodCharge.IsOpen)
        {
            if (unused > 0 || periodCharge is null)
            {
                replacement = proRata.Amount + adhesion;
                if (periodCharge is not null)
                {
                    toCancel.Insert(0, periodCharge);
                }
            }
        }
        else
        {
            credit += unused;
        }

        credit += live.Where(c => c.PeriodIndex > period.Index && c.IsSettled).Sum(c => c.Amount);
        return new TerminationPlan(endDate, period, contract.MonthlyPrice, proRata, periodCharge, replacement, Money.RoundToCents(credit), toCancel);
    }
}
