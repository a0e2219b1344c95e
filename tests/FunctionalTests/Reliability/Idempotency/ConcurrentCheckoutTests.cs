using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Reliability.Idempotency;

/// <summary>
/// 100 submissions of one checkout under one Idempotency-Key, all in flight at once, as a customer who
/// taps "Contratar" repeatedly on a slow network might send them.
/// </summary>
public sealed class ConcurrentCheckoutTests
{
    private const int Requests = 100;

    [Test]
    public async Task HundredPixSubmissions_CreateOneOfEach()
    {
        var plan = await TestPlans.CreateAsync();
        var stopwatch = Stopwatch.StartNew();

        var checkoutIds = await SubmitConcurrentlyAsync(plan, CheckoutApi.PersonBody("pix"));

        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        Assert.That(charge.ProviderChargeId, Is.Not.Null, "the Pix charge was registered at EFI");
        Assert.That(ApiServer.Sandbox.CountRequests("PUT", $"/v2/cob/{charge.ProviderChargeId}"), Is.EqualTo(1), "Pix charges created at EFI");
        Assert.That(checkoutIds.Distinct().Count(), Is.EqualTo(1), "checkout ids");
        await AssertOneOfEachAsync(plan);
        await TestContext.Out.WriteLineAsync($"{Requests} concurrent Pix submissions in {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    [Test]
    public async Task HundredCardSubmissions_ChargeCardOnce()
    {
        var plan = await TestPlans.CreateAsync();
        var stopwatch = Stopwatch.StartNew();

        var checkoutIds = await SubmitConcurrentlyAsync(plan, CheckoutApi.PersonBody("card", "sandbox-approved"));

        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        Assert.That(ApiServer.Sandbox.Charges.Count(c => c.CustomId == charge.ProviderReference), Is.EqualTo(1), "card charges created at EFI");
        Assert.That(charge.Status, Is.EqualTo(Domain.Sales.ChargeStatus.Approved));
        Assert.That(checkoutIds.Distinct().Count(), Is.EqualTo(1), "checkout ids");
        await AssertOneOfEachAsync(plan);
        await TestContext.Out.WriteLineAsync($"{Requests} concurrent card submissions in {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Sends the body <see cref="Requests"/> times at once under one key and checks that exactly one response is 201.</summary>
    private static async Task<List<string>> SubmitConcurrentlyAsync(TestPlan plan, JsonObject body)
    {
        var key = Guid.NewGuid().ToString();
        using var start = new SemaphoreSlim(0);
        var requests = Enumerable.Range(0, Requests).Select(async _ =>
        {
            await start.WaitAsync();
            return await CheckoutApi.SubmitAsync(plan.LinkToken, body.DeepClone(), key);
        }).ToList();
        start.Release(Requests);

        var responses = await Task.WhenAll(requests);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var statuses = responses.Select(r => r.StatusCode).ToList();

        Assert.That(statuses.Count(s => s == HttpStatusCode.Created), Is.EqualTo(1), "201 responses");
        Assert.That(statuses.Count(s => s == HttpStatusCode.OK), Is.EqualTo(Requests - 1), "200 responses; other bodies: " + string.Join(" | ", bodies.Where((_, i) => statuses[i] is not (HttpStatusCode.OK or HttpStatusCode.Created)).Distinct()));

        return bodies
            .Where((_, i) => statuses[i] is HttpStatusCode.OK or HttpStatusCode.Created)
            .Select(b => JsonNode.Parse(b)!["checkoutId"]!.GetValue<string>())
            .ToList();
    }

    private static Task AssertOneOfEachAsync(TestPlan plan) =>
        ApiServer.QueryAsync(async db =>
        {
            Assert.That(await db.Customers.CountAsync(c => c.TenantId == plan.TenantId), Is.EqualTo(1), "customers");
            Assert.That(await db.Contracts.CountAsync(c => c.TenantId == plan.TenantId), Is.EqualTo(1), "contracts");
            Assert.That(await db.Charges.CountAsync(c => c.TenantId == plan.TenantId), Is.EqualTo(1), "charges");
            Assert.That(await db.Sales.CountAsync(s => s.TenantId == plan.TenantId), Is.EqualTo(1), "sales");
            Assert.That(await db.Checkouts.CountAsync(c => c.TenantId == plan.TenantId), Is.EqualTo(1), "checkouts");
            return true;
        });
}
