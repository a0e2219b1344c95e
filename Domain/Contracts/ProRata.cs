using Conexa.Domain.Common;

namespace Conexa.Domain.Contracts;

/// <summary>
/// The fee of a period used in part: u/d of the monthly price, rounded half away from zero. Here u counts
/// the days from the period's start to the last day of service inclusive, and d the days of the period.
/// </summary>
public sealed record ProRata(int UsedDays, int PeriodDays, decimal Amount)
{
    public static ProRata Calculate(decimal monthlyPrice, BillingPeriod period, DateOnly lastDayOfService)
    {
        if (!period.Contains(lastDayOfService))
        {
            throw new ArgumentOutOfRangeException(nameof(lastDayOfService), lastDayOfService, "The last day of service is outside the period.");
        }

        var usedDays = lastDayOfService.DayNumber - period.Start.DayNumber + 1;
        var amount = Money.RoundToCents(monthlyPrice * usedDays / period.Days);
        return new ProRata(usedDays, period.Days, amount);
    }
}
