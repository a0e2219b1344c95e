using Conexa.Application.Sandbox.TestClocks;
using Conexa.Domain.Common;
using Conexa.Domain.Tenants;

namespace Conexa.UnitTests.Tenants;

public sealed class TenantTestClockTests
{
    private static readonly DateTimeOffset RealNow = new(2026, 12, 4, 18, 0, 0, TimeSpan.Zero);

    [Test]
    public void Now_FollowsRealClockUntilSet()
    {
        var tenant = NewTenant();
        var clock = new FixedClock(RealNow);

        Assert.That(tenant.Now(clock), Is.EqualTo(RealNow));

        tenant.SetTestClock(new DateTimeOffset(2027, 1, 31, 15, 0, 0, TimeSpan.FromHours(-3)));

        Assert.That(tenant.Now(clock), Is.EqualTo(new DateTimeOffset(2027, 1, 31, 18, 0, 0, TimeSpan.Zero)));
        Assert.That(tenant.LocalDate(tenant.Now(clock)), Is.EqualTo(new DateOnly(2027, 1, 31)));
    }

    [Test]
    public void Advance_RejectsEarlierInstant()
    {
        var tenant = NewTenant();
        tenant.SetTestClock(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero));

        var exception = Assert.Throws<BusinessRuleException>(() => tenant.AdvanceTestClock(new DateTimeOffset(2027, 2, 28, 12, 0, 0, TimeSpan.Zero)));

        Assert.That(exception!.Rule, Is.EqualTo("test-clock-backwards"));
        Assert.That(tenant.TestClockInstant, Is.EqualTo(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Advance_RequiresASetClock()
    {
        var tenant = NewTenant();

        var exception = Assert.Throws<BusinessRuleException>(() => tenant.AdvanceTestClock(RealNow.AddDays(1)));

        Assert.That(exception!.Rule, Is.EqualTo("test-clock-not-set"));
    }

    [TestCase("2027-01-31T15:00:00-03:00", "2027-01-31T18:00:00Z")]
    [TestCase("2027-01-31T15:00-03:00", "2027-01-31T18:00:00Z")]
    [TestCase("2027-01-31T18:00:00Z", "2027-01-31T18:00:00Z")]
    [TestCase("2027-01-31T18:00:00.250Z", "2027-01-31T18:00:00.250Z")]
    public void IsoInstant_ParsesWithOffset(string text, string expectedUtc)
    {
        Assert.That(IsoInstant.TryParse(text, out var instant), Is.True);
        Assert.That(instant.UtcDateTime, Is.EqualTo(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime));
    }

    [TestCase("2027-01-31T15:00:00")]
    [TestCase("2027-01-31")]
    [TestCase("31/01/2027 15:00-03:00")]
    [TestCase("")]
    [TestCase(null)]
    public void IsoInstant_RejectsWithoutOffset(string? text)
    {
        Assert.That(IsoInstant.TryParse(text, out _), Is.False);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static Tenant NewTenant() => Tenant.Create("Demo", SubscriptionTier.Pro, "contato@demo.local");
}
