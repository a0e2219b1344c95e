namespace Conexa.Domain.Contracts;

/// <summary>
/// Due dates of a contract. The anchor is the start date's day of month. A month shorter than the anchor
/// is due on its last day, and the next month returns to the anchor (31 Jan, 28 Feb, 31 Mar, 30 Apr).
/// </summary>
public sealed record DueDateSchedule(DateOnly Start)
{
    public int AnchorDay => Start.Day;

    /// <summary>Returns due date k, where due date 0 is the start date.</summary>
    public DateOnly DueDate(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var month = new DateOnly(Start.Year, Start.Month, 1).AddMonths(index);
        var day = Math.Min(AnchorDay, DateTime.DaysInMonth(month.Year, month.Month));
        return new DateOnly(month.Year, month.Month, day);
    }

    public BillingPeriod Period(int index) => new(index, DueDate(index), DueDate(index + 1));

    /// <summary>Returns the billing period that contains <paramref name="date"/>, which must not be before the start.</summary>
    public BillingPeriod PeriodContaining(DateOnly date)
    {
        if (date < Start)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The date is before the contract's start.");
        }

        var months = ((date.Year - Start.Year) * 12) + date.Month - Start.Month;
        var index = Math.Max(0, months - 1);
        while (DueDate(index + 1) <= date)
        {
            index++;
        }

        return Period(index);
    }
}
