namespace Conexa.Domain.Contracts;

/// <summary>Period k of a contract: from due date k (inclusive) to due date k+1 (exclusive), charged in advance.</summary>
public sealed record BillingPeriod(int Index, DateOnly Start, DateOnly NextDueDate)
{
    public int Days => NextDueDate.DayNumber - Start.DayNumber;

    public DateOnly LastDay => NextDueDate.AddDays(-1);

    public bool Contains(DateOnly date) => date >= Start && date < NextDueDate;
}
