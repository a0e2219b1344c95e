using Conexa.Domain.Contracts;

namespace Conexa.UnitTests.Contracts;

public sealed class DueDateScheduleTests
{
    [TestCase("2027-02-07", "2027-02-07,2027-03-07,2027-04-07,2027-05-07,2027-06-07,2027-07-07")]
    [TestCase("2027-01-31", "2027-01-31,2027-02-28,2027-03-31,2027-04-30,2027-05-31,2027-06-30")]
    [TestCase("2028-01-31", "2028-01-31,2028-02-29,2028-03-31,2028-04-30,2028-05-31,2028-06-30")]
    [TestCase("2027-05-31", "2027-05-31,2027-06-30,2027-07-31,2027-08-31,2027-09-30,2027-10-31")]
    [TestCase("2028-01-29", "2028-01-29,2028-02-29,2028-03-29,2028-04-29,2028-05-29,2028-06-29")]
    [TestCase("2027-01-29", "2027-01-29,2027-02-28,2027-03-29,2027-04-29,2027-05-29,2027-06-29")]
    [TestCase("2027-01-30", "2027-01-30,2027-02-28,2027-03-30,2027-04-30,2027-05-30,2027-06-30")]
    public void DueDates_FirstSix_KeepTheAnchor(string start, string expected)
    {
        var schedule = new DueDateSchedule(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));

        var dueDates = Enumerable.Range(0, 6).Select(k => schedule.DueDate(k).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(string.Join(",", dueDates), Is.EqualTo(expected));
    }

    [Test]
    public void AnchorDay_IsTheStartDay()
    {
        Assert.That(new DueDateSchedule(new DateOnly(2027, 1, 31)).AnchorDay, Is.EqualTo(31));
    }

    [Test]
    public void Periods_TileWithoutGapOrOverlap()
    {
        var schedule = new DueDateSchedule(new DateOnly(2027, 1, 31));

        for (var k = 0; k < 24; k++)
        {
            var period = schedule.Period(k);
            var next = schedule.Period(k + 1);
            Assert.That(next.Start, Is.EqualTo(period.NextDueDate), $"period {k}");
            Assert.That(period.Days, Is.GreaterThanOrEqualTo(28), $"period {k}");
        }
    }

    [TestCase("2027-01-31", "2027-02-09", "2027-01-31", "2027-02-28", 28)]
    [TestCase("2027-01-31", "2027-03-30", "2027-02-28", "2027-03-31", 31)]
    [TestCase("2027-03-10", "2027-04-24", "2027-04-10", "2027-05-10", 30)]
    [TestCase("2027-03-10", "2027-04-10", "2027-04-10", "2027-05-10", 30)]
    [TestCase("2027-03-10", "2027-04-09", "2027-03-10", "2027-04-10", 31)]
    [TestCase("2027-01-31", "2027-02-28", "2027-02-28", "2027-03-31", 31)]
    public void PeriodContaining_FindsThePeriodOfTheDate(string start, string date, string periodStart, string nextDue, int days)
    {
        var schedule = new DueDateSchedule(Parse(start));

        var period = schedule.PeriodContaining(Parse(date));

        Assert.That(period.Start, Is.EqualTo(Parse(periodStart)));
        Assert.That(period.NextDueDate, Is.EqualTo(Parse(nextDue)));
        Assert.That(period.Days, Is.EqualTo(days));
    }

    [Test]
    public void PeriodContaining_DateBeforeStart_Throws()
    {
        var schedule = new DueDateSchedule(new DateOnly(2027, 3, 10));

        Assert.Throws<ArgumentOutOfRangeException>(() => schedule.PeriodContaining(new DateOnly(2027, 3, 9)));
    }

    private static DateOnly Parse(string value) => DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
