using System.Net;
using System.Text.Json.Nodes;
using Conexa.Domain.Tenants;
using Conexa.FunctionalTests.Support;

namespace Conexa.FunctionalTests.Dashboard;

public sealed class ContractsPerDayTests
{
    [Test]
    public async Task ContractsPerDay_CountsByOriginAndMethod()
    {
        var tenant = await ReportTenant.CreateAsync();
        // 01:30 UTC on 16 April is still 15 April in São Paulo. The sign-in follows the clock, so its token is valid then.
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 4, 16, 1, 30, 0, TimeSpan.Zero));
        JsonNode month;
        JsonNode twoMonths;
        try
        {
            using var admin = await AdminClients.SignInAsync(tenant.TenantId);
            month = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/dashboard/contracts-per-day"));
            twoMonths = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/dashboard/contracts-per-day?days=60"));
        }
        finally
        {
            ApiServer.Clock.Reset();
        }

        var days = month["days"]!.AsArray();
        var last = days[^1]!;
        Assert.That(days, Has.Count.EqualTo(30));
        Assert.That(month["to"]!.GetValue<string>(), Is.EqualTo("2027-04-15"));
        Assert.That(month["from"]!.GetValue<string>(), Is.EqualTo("2027-03-17"));
        Assert.That(last["total"]!.GetValue<int>(), Is.EqualTo(1), "Antônio's contract");
        Assert.That(last["byRegisteredBy"]!["manual"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(last["byRegisteredBy"]!["onlineContracting"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That(last["byPaymentMethod"]!["pix"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(days.Sum(d => d!["total"]!.GetValue<int>()), Is.EqualTo(1), "Ana's contract of 10 March is older");
        Assert.That(twoMonths["days"]!.AsArray().Sum(d => d!["byRegisteredBy"]!["onlineContracting"]!.GetValue<int>()), Is.EqualTo(1));
    }

    [Test]
    public async Task InvalidDays_IsNamed()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.GetAsync("/api/dashboard/contracts-per-day?days=0");
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("days"), Is.True, errors.ToJsonString());
    }

    [Test]
    public async Task LightTenant_DashboardOffersUpgrade()
    {
        var plan = await TestPlans.CreateAsync(tier: SubscriptionTier.Light);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.GetAsync("/api/dashboard/contracts-per-day");
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("feature-unavailable"));
    }
}
