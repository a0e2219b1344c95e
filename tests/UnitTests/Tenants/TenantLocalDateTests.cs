using Conexa.Domain.Tenants;

namespace Conexa.UnitTests.Tenants;

public sealed class TenantLocalDateTests
{
    [TestCase("2027-02-07T01:30:00Z", "2027-02-06", 6)]
    [TestCase("2027-02-07T03:00:00Z", "2027-02-07", 7)]
    [TestCase("2027-02-07T02:59:59Z", "2027-02-06", 6)]
    public void LocalDate_InSaoPaulo_IsLocalDate(string instant, string expectedDate, int expectedDay)
    {
        var tenant = Tenant.Create("Demo", SubscriptionTier.Pro, "contato@demo.local");

        var date = tenant.LocalDate(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(date, Is.EqualTo(DateOnly.Parse(expectedDate, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(date.Day, Is.EqualTo(expectedDay));
    }

    [Test]
    public void StartOfDay_InSaoPaulo_IsLocalMidnight()
    {
        var tenant = Tenant.Create("Demo", SubscriptionTier.Pro, "contato@demo.local");

        var start = tenant.StartOfDay(new DateOnly(2027, 5, 11));

        Assert.That(start, Is.EqualTo(new DateTimeOffset(2027, 5, 11, 3, 0, 0, TimeSpan.Zero)));
        Assert.That(tenant.LocalDate(start), Is.EqualTo(new DateOnly(2027, 5, 11)));
        Assert.That(tenant.LocalDate(start.AddTicks(-1)), Is.EqualTo(new DateOnly(2027, 5, 10)));
    }

    [Test]
    public void LocalDate_OtherTimeZone_UsesIt()
    {
        var tenant = Tenant.Create("Acre", SubscriptionTier.Pro, "contato@acre.local", "America/Rio_Branco");

        var date = tenant.LocalDate(new DateTimeOffset(2027, 2, 7, 4, 30, 0, TimeSpan.Zero));

        Assert.That(date, Is.EqualTo(new DateOnly(2027, 2, 6)));
    }

    [Test]
    public void Create_UnknownTimeZone_Throws()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => Tenant.Create("X", SubscriptionTier.Pro, "x@x.local", "Mars/Olympus"));
    }

    [TestCase(SubscriptionTier.Light, false)]
    [TestCase(SubscriptionTier.Pro, true)]
    [TestCase(SubscriptionTier.Prime, true)]
    public void OffersOnlineContracting_DependsOnTier(SubscriptionTier tier, bool expected)
    {
        Assert.That(Tenant.Create("X", tier, "x@x.local").OffersOnlineContracting, Is.EqualTo(expected));
    }
}
