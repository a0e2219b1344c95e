using System.Net;
using System.Net.Http.Json;
using Conexa.FunctionalTests.Support;

namespace Conexa.FunctionalTests.Security;

public sealed class StaffRoleTests
{
    [Test]
    public async Task Staff_ReadsButCannotChange()
    {
        var plan = await TestPlans.CreateAsync();
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = checkout["contractId"]!.GetValue<string>();
        using var staff = await AdminClients.SignInAsync(plan.TenantId, role: "staff");

        var list = await staff.GetAsync("/api/contracts");
        var contract = await staff.GetAsync($"/api/contracts/{contractId}");
        var terminate = await staff.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        var billing = await staff.PostAsync("/api/billing-runs", null);
        var offer = await staff.PostAsync("/api/tenant/online-contracting-offer", null);

        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(contract.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(terminate.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(billing.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(offer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task UserWithoutRole_IsForbidden()
    {
        var plan = await TestPlans.CreateAsync();
        using var nobody = await AdminClients.SignInAsync(plan.TenantId, role: "customer");

        var response = await nobody.GetAsync("/api/contracts");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
