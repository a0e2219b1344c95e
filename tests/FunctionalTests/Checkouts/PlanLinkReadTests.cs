using System.Net;
using Conexa.FunctionalTests.Support;

namespace Conexa.FunctionalTests.Checkouts;

/// <summary>
/// A checkout reads the plan behind its link once, with its tenant and unit. The validator's read serves the
/// handler, so the public route's busiest request makes one plan query and no unit query of its own.
/// </summary>
public sealed class PlanLinkReadTests
{
    [Test]
    public async Task Checkout_ReadsPlanLinkOnce()
    {
        var plan = await TestPlans.CreateAsync();
        using var reads = EfCommandLog.Start(command =>
            command.Text.Contains("FROM \"Plans\"", StringComparison.Ordinal) && command.Binds(plan.LinkToken));

        using var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody(), Guid.NewGuid().ToString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(reads.Commands, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Checkout_ReadsUnitWithPlan()
    {
        var plan = await TestPlans.CreateAsync();
        using var unitReads = EfCommandLog.Start(command =>
            command.Text.Contains("FROM \"Units\"", StringComparison.Ordinal) && command.Binds(plan.UnitId));

        using var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody(), Guid.NewGuid().ToString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(unitReads.Commands, Is.Empty);
    }
}
