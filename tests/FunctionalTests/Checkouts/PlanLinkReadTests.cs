using System.Net;
using Conexa.FunctionalTests.Support;

namespace Conexa.FunctionalTests.Checkouts;

/// <summary>
/// A checkout reads the plan behind its link once. The validator's read serves the handler, so the public
/// route's busiest request makes one plan query.
/// </summary>
public sealed class PlanLinkReadTests
{
    [Test]
    public async Task Checkout_ReadsPlanLinkOnce()
    {
        var plan = await TestPlans.CreateAsync();
        using var reads = EfCommandLog.Start(command =>
            command.Text.Contains("FROM \"Plans\"", StringComparison.Ordinal) && command.Parameters.Any(p => plan.LinkToken.Equals(p.Value)));

        using var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody(), Guid.NewGuid().ToString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(reads.Commands, Has.Count.EqualTo(1));
    }
}
