using System.Net;
using Conexa.Domain.Tenants;
using Conexa.FunctionalTests.Support;

namespace Conexa.FunctionalTests.Checkouts;

public sealed class PlanOfferTests
{
    [Test]
    public async Task PlanOffer_ReturnsPriceQuotasOptionsAndForm()
    {
        var plan = await TestPlans.CreateAsync();

        var response = await ApiServer.Client.GetAsync($"/api/public/plans/{plan.LinkToken}");
        var offer = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(offer["name"]!.GetValue<string>(), Is.EqualTo("Estação fixa"));
        Assert.That(offer["monthlyPrice"]!.GetValue<decimal>(), Is.EqualTo(350.00m));
        Assert.That(offer["adhesionFee"]!.GetValue<decimal>(), Is.EqualTo(100.00m));
        Assert.That(offer["quotas"]![0]!["resource"]!.GetValue<string>(), Is.EqualTo("Sala de reunião"));
        Assert.That(offer["quotas"]![0]!["amount"]!.GetValue<decimal>(), Is.EqualTo(10m));
        Assert.That(offer["paymentOptions"]![0]!["method"]!.GetValue<string>(), Is.EqualTo("pix"));
        Assert.That(offer["paymentOptions"]![0]!["provider"]!.GetValue<string>(), Is.EqualTo("efi"));
        Assert.That(offer["form"]!["phone"]!["required"]!.GetValue<bool>(), Is.True);
        Assert.That(offer["activationPolicy"]!.GetValue<string>(), Is.EqualTo("afterFirstPayment"));
    }

    [Test]
    public async Task PlanOffer_MoneyHasTwoDecimals()
    {
        var plan = await TestPlans.CreateAsync(monthlyPrice: 350m, adhesionFee: 0m);

        var body = await ApiServer.Client.GetStringAsync($"/api/public/plans/{plan.LinkToken}");

        Assert.That(body, Does.Contain("\"monthlyPrice\":350.00"));
        Assert.That(body, Does.Contain("\"adhesionFee\":0.00"));
    }

    [Test]
    public async Task UnknownLink_IsNotFoundProblem()
    {
        var response = await ApiServer.Client.GetAsync("/api/public/plans/no-such-link");
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/not-found"));
    }

    [Test]
    public async Task LightTenant_LinkIsForbiddenWithoutAdminMenu()
    {
        var plan = await TestPlans.CreateAsync(tier: SubscriptionTier.Light);

        var response = await ApiServer.Client.GetAsync($"/api/public/plans/{plan.LinkToken}");
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("feature-unavailable"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("não está disponível"));
        Assert.That(problem["upgradePath"], Is.Null, "the upgrade's menu path is for the tenant's admins, not its customers");
    }

    [Test]
    public async Task LightTenant_CheckoutIsForbiddenAndStoresNothing()
    {
        var plan = await TestPlans.CreateAsync(tier: SubscriptionTier.Light);

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody(), Guid.NewGuid().ToString());
        var customers = await ApiServer.QueryAsync(db => Task.FromResult(db.Customers.Count(c => c.TenantId == plan.TenantId)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(customers, Is.Zero);
    }
}
