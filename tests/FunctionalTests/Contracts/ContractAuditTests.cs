using System.Net;
using System.Net.Http.Json;
using Conexa.FunctionalTests.Support;

namespace Conexa.FunctionalTests.Contracts;

public sealed class ContractAuditTests
{
    [Test]
    public async Task ContractDetail_ListsItsAuditTrail()
    {
        var plan = await TestPlans.CreateAsync();
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = checkout["contractId"]!.GetValue<string>();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var endDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var terminated = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate });

        var contract = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}"));
        var actions = contract["audit"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()).ToList();

        Assert.That(terminated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await terminated.Content.ReadAsStringAsync());
        Assert.That(contract["customerId"]!.GetValue<Guid>(), Is.Not.EqualTo(Guid.Empty));
        Assert.That(actions, Is.EqualTo(new[] { "contract.created", "contract.terminated" }));
        Assert.That(contract["audit"]![1]!["actor"]!.GetValue<string>(), Does.StartWith("user:"));
    }
}
