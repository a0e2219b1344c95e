using Conexa.FunctionalTests.Support;

namespace Conexa.FunctionalTests.Reliability;

/// <summary>
/// The reads of one public Pix checkout request, which sits on the checkout's hot path. The tenant is read with the
/// plan, and the Pix code's lifetime (the tenant's write-off days) is computed from that copy.
/// </summary>
public sealed class CheckoutReadsTests
{
    [Test]
    public async Task PixCheckout_ReadsTenantOnce()
    {
        var plan = await TestPlans.CreateAsync();
        using var log = EfCommandLog.Start(command =>
            command.RequestTrace is not null && command.Text.TrimStart().StartsWith("SELECT", StringComparison.Ordinal));

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        var checkout = await CheckoutApi.ReadJsonAsync(response);

        var planRead = log.Commands.Single(c => c.Binds(plan.LinkToken));
        var requestReads = log.Commands.Where(c => c.RequestTrace == planRead.RequestTrace).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(checkout["payment"]!["pixCopyPaste"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(planRead.Text, Does.Contain("FROM \"Plans\"").And.Contain("\"Tenants\""));
            Assert.That(
                requestReads.Where(c => c != planRead && c.Text.Contains("FROM \"Tenants\"", StringComparison.Ordinal)).Select(c => c.Text),
                Is.Empty,
                "the request read the tenant again");
        });
    }
}
