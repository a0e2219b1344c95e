using System.Net;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Checkouts;

public sealed class IdempotencyTests
{
    [Test]
    public async Task ReplayedKey_ReturnsFirstCheckout()
    {
        var plan = await TestPlans.CreateAsync();
        var key = Guid.NewGuid().ToString();

        var first = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), key);
        var firstBody = await CheckoutApi.ReadJsonAsync(first);
        var replay = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), key);
        var replayBody = await CheckoutApi.ReadJsonAsync(replay);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(replayBody["checkoutId"]!.GetValue<string>(), Is.EqualTo(firstBody["checkoutId"]!.GetValue<string>()));
        Assert.That(replayBody["payment"]!["pixCopyPaste"]!.GetValue<string>(), Is.EqualTo(firstBody["payment"]!["pixCopyPaste"]!.GetValue<string>()));
        await AssertOneOfEachAsync(plan);
    }

    [Test]
    public async Task ReplayAfterDeactivation_ReturnsFirstCheckout()
    {
        var plan = await TestPlans.CreateAsync();
        var key = Guid.NewGuid().ToString();
        var first = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), key));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await admin.PostAsync($"/api/plans/{plan.PlanId}/deactivation", null);

        var replay = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), key);
        var replayBody = await CheckoutApi.ReadJsonAsync(replay);
        var newKey = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());

        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.OK), replayBody.ToJsonString());
        Assert.That(replayBody["checkoutId"]!.GetValue<string>(), Is.EqualTo(first["checkoutId"]!.GetValue<string>()));
        Assert.That(newKey.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await AssertOneOfEachAsync(plan);
    }

    [Test]
    public async Task TwentyConcurrentRequests_CreateOneCheckout()
    {
        var plan = await TestPlans.CreateAsync();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), key)));
        var bodies = await Task.WhenAll(responses.Select(CheckoutApi.ReadJsonAsync));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.AnyOf(HttpStatusCode.Created, HttpStatusCode.OK));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        Assert.That(bodies.Select(b => b["checkoutId"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(1));
        await AssertOneOfEachAsync(plan);
    }

    [Test]
    public async Task ConcurrentCardRequests_ChargeCardOnce()
    {
        var plan = await TestPlans.CreateAsync();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), key)));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.AnyOf(HttpStatusCode.Created, HttpStatusCode.OK));
        var chargeId = await ApiServer.QueryAsync(db => db.Charges.Where(c => c.TenantId == plan.TenantId).Select(c => c.Id).SingleAsync());
        Assert.That(ApiServer.Sandbox.Charges.Count(c => c.CustomId == chargeId.ToString("N")), Is.EqualTo(1));
    }

    [Test]
    public async Task ReplayedKey_UnmaskedDocument_Matches()
    {
        var plan = await TestPlans.CreateAsync();
        var key = Guid.NewGuid().ToString();

        var first = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix", document: "529.982.247-25"), key);
        var replay = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix", document: "52998224725"), key);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertOneOfEachAsync(plan);
    }

    [Test]
    public async Task SameKey_WithAnotherBody_IsRejected()
    {
        var plan = await TestPlans.CreateAsync();
        var key = Guid.NewGuid().ToString();
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), key);

        var other = CheckoutApi.PersonBody("pix");
        other["customer"]!["name"] = "Outra Pessoa";
        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, other, key);
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("idempotency-key-reused"));
        await AssertOneOfEachAsync(plan);
    }

    [Test]
    public async Task TwoKeyHeaders_AreRejected()
    {
        var plan = await TestPlans.CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/plans/{plan.LinkToken}/checkouts")
        {
            Content = System.Net.Http.Json.JsonContent.Create(CheckoutApi.PersonBody("pix")),
        };
        request.Headers.Add("Idempotency-Key", ["key-a", "key-b"]);

        var response = await ApiServer.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await CheckoutApi.ReadJsonAsync(response))["errors"]!["Idempotency-Key"], Is.Not.Null);
    }

    [Test]
    public async Task MissingKey_IsRejectedNamingTheHeader()
    {
        var plan = await TestPlans.CreateAsync();

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), idempotencyKey: null);
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!["Idempotency-Key"], Is.Not.Null);
    }

    private static Task AssertOneOfEachAsync(TestPlan plan) =>
        ApiServer.QueryAsync(async db =>
        {
            Assert.That(await db.Customers.CountAsync(c => c.TenantId == plan.TenantId), Is.EqualTo(1), "customers");
            Assert.That(await db.Contracts.CountAsync(c => c.TenantId == plan.TenantId), Is.EqualTo(1), "contracts");
            Assert.That(await db.Charges.CountAsync(c => c.TenantId == plan.TenantId), Is.EqualTo(1), "charges");
            Assert.That(await db.Sales.CountAsync(s => s.TenantId == plan.TenantId), Is.EqualTo(1), "sales");
            var txid = await db.Charges.Where(c => c.TenantId == plan.TenantId).Select(c => c.ProviderChargeId).SingleAsync();
            Assert.That(ApiServer.Sandbox.CountRequests("PUT", $"/v2/cob/{txid}"), Is.EqualTo(1), "provider charges");
            return true;
        });
}
