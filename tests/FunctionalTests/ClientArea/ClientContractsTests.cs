using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conexa.Domain.Plans;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.ClientArea;

public sealed class ClientContractsTests
{
    private const string Password = "senha2026segura";
    private static readonly FormConfiguration PasswordOffered = FormConfiguration.Default with { Password = FormField.Optional };

    [Test]
    public async Task Customer_SeesOwnContractAndPixCode()
    {
        var plan = await TestPlans.CreateAsync(form: PasswordOffered);
        var email = await ContractWithLoginAsync(plan, "529.982.247-25");
        await ContractWithLoginAsync(plan, "111.444.777-35");
        using var client = await SignInAsync(email);

        var response = await client.GetAsync("/api/client/contracts");
        var area = await CheckoutApi.ReadJsonAsync(response);
        var contracts = area["contracts"]!.AsArray();
        var charge = contracts[0]!["charges"]![0]!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), area.ToJsonString());
        Assert.That(contracts, Has.Count.EqualTo(1), "only the signed-in customer's contracts");
        Assert.That(contracts[0]!["planName"]!.GetValue<string>(), Is.EqualTo("Estação fixa"));
        Assert.That(contracts[0]!["signatureStatus"]!.GetValue<string>(), Is.EqualTo("notRequested"));
        Assert.That(charge["amount"]!.GetValue<decimal>(), Is.EqualTo(450.00m));
        Assert.That(charge["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
        Assert.That(charge["pixCopyPaste"]!.GetValue<string>(), Does.StartWith("000201"));
        Assert.That(contracts[0]!["currentQuotas"]!.AsArray(), Is.Empty, "the quotas open with the first payment, as access does");
        Assert.That(contracts[0]!["contactEmail"]!.GetValue<string>(), Is.EqualTo("centro@coworking.test"), "the unit's notification address");
    }

    [Test]
    public async Task FirstPayment_OpensTheQuotas()
    {
        var plan = await TestPlans.CreateAsync(form: PasswordOffered);
        var email = await ContractWithLoginAsync(plan, "529.982.247-25");
        var txid = await ApiServer.QueryAsync(db => db.Charges.Where(c => c.TenantId == plan.TenantId).Select(c => c.ProviderChargeId!).SingleAsync());
        using var client = await SignInAsync(email);

        await ApiServer.Sandbox.PayPixAsync(txid);
        var area = await CheckoutApi.ReadJsonAsync(await client.GetAsync("/api/client/contracts"));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (area["contracts"]![0]!["status"]!.GetValue<string>() != "active" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            area = await CheckoutApi.ReadJsonAsync(await client.GetAsync("/api/client/contracts"));
        }

        var contract = area["contracts"]![0]!;
        Assert.That(contract["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(contract["currentQuotas"]!.AsArray(), Has.Count.EqualTo(2), "the plan's two quotas, for the period that began with the contract");
    }

    [Test]
    public async Task OverdueCharge_KeepsItsPixCode()
    {
        var plan = await TestPlans.CreateAsync(form: PasswordOffered);
        var email = await ContractWithLoginAsync(plan, "529.982.247-25");
        await ApiServer.QueryAsync(db => db.Charges
            .Where(c => c.TenantId == plan.TenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, Conexa.Domain.Sales.ChargeStatus.Overdue)));
        using var client = await SignInAsync(email);

        var area = await CheckoutApi.ReadJsonAsync(await client.GetAsync("/api/client/contracts"));
        var charge = area["contracts"]![0]!["charges"]![0]!;

        Assert.That(charge["status"]!.GetValue<string>(), Is.EqualTo("overdue"));
        Assert.That(charge["pixCopyPaste"]!.GetValue<string>(), Does.StartWith("000201"), "an overdue charge stays payable");
    }

    [Test]
    public async Task TerminatedPaidPeriod_ShowsTheCredit()
    {
        var plan = await TestPlans.CreateAsync(form: PasswordOffered, monthlyPrice: 310m, adhesionFee: 0m);
        var email = await ContractWithLoginAsync(plan, "529.982.247-25");
        var checkout = await ApiServer.QueryAsync(db => db.Checkouts.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkout.Id}/pay", null);
        await CheckoutApi.WaitForAsync(checkout.Id.ToString(), c => c["payment"]!["status"]!.GetValue<string>() == "paid");
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var contract = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == checkout.ContractId));

        // The last day of service is the period's tenth day, so 10 of its days are charged and the rest is credited.
        var termination = await admin.PostAsJsonAsync($"/api/contracts/{contract.Id}/termination", new { endDate = contract.StartDate.AddDays(9).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        var preview = await CheckoutApi.ReadJsonAsync(termination);
        using var client = await SignInAsync(email);
        var area = await CheckoutApi.ReadJsonAsync(await client.GetAsync("/api/client/contracts"));

        Assert.That(termination.StatusCode, Is.EqualTo(HttpStatusCode.OK), preview.ToJsonString());
        Assert.That(preview["creditAmount"]!.GetValue<decimal>(), Is.GreaterThan(0m));
        Assert.That(area["contracts"]![0]!["creditAmount"]!.GetValue<decimal>(), Is.EqualTo(preview["creditAmount"]!.GetValue<decimal>()));
    }

    [Test]
    public async Task Operator_CannotUseClientArea()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.GetAsync("/api/client/contracts");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Customer_CannotUseAdminRoutes()
    {
        var plan = await TestPlans.CreateAsync(form: PasswordOffered);
        var email = await ContractWithLoginAsync(plan, "529.982.247-25");
        using var client = await SignInAsync(email);

        var response = await client.GetAsync("/api/contracts");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    /// <summary>Contracts the plan by Pix with a client-area password and returns the customer's e-mail.</summary>
    private static async Task<string> ContractWithLoginAsync(TestPlan plan, string document)
    {
        var body = CheckoutApi.PersonBody("pix", document: document);
        var email = $"cliente-{Guid.NewGuid():N}@example.com";
        body["customer"]!["email"] = email;
        body["customer"]!["password"] = Password;
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
        Assert.That(checkout["clientAreaEnabled"]!.GetValue<bool>(), Is.True, checkout.ToJsonString());
        return email;
    }

    private static async Task<HttpClient> SignInAsync(string email)
    {
        var login = await ApiServer.Client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var token = JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
        var client = new HttpClient { BaseAddress = ApiServer.Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
