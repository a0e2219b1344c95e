using Conexa.Domain.Common;

namespace Conexa.UnitTests.Common;

public sealed class MoneyTests
{
    [TestCase("15.065", "15.07", Description = "banker's rounding would give 15.06")]
    [TestCase("15.075", "15.08")]
    [TestCase("-15.065", "-15.07")]
    [TestCase("71.3928", "71.39")]
    [TestCase("0.005", "0.01")]
    public void RoundToCents_RoundsHalfAwayFromZero(string amount, string expected)
    {
        var rounded = Money.RoundToCents(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(rounded, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void ToCents_ConvertsForIntegerCentApis()
    {
        Assert.That(Money.ToCents(450.00m), Is.EqualTo(45000));
        Assert.That(Money.ToCents(149.905m), Is.EqualTo(14991));
    }
}
