using System.Net;
using Conexa.Application.Payments.Reconciliation;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Payments;

/// <summary>
/// Inter failing during checkout: each failure returns 503 with Retry-After and keeps the records pending,
/// and the retry with the same Idempotency-Key finds the boleto instead of issuing a second one.
/// </summary>
public sealed class InterFailureTests
{
    private const string IssuePath = "/cobranca/v3/cobrancas";

    [TearDown]
    public void ResetSandbox() => ApiServer.InterSandbox.Faults.Reset();

    [Test]
    public async Task ServerErrorAfterIssue_NoSecondBoleto()
    {
        ApiServer.InterSandbox.Faults.FailNext(1, 502, "POST", IssuePath, afterHandling: true);

        await AssertUnavailableThenRecoveredAsync(expectedRetryAfter: null);
    }

    [Test]
    public async Task ServerErrorBeforeIssue_RetryIssuesOnce()
    {
        ApiServer.InterSandbox.Faults.FailNext(1, 503, "POST", IssuePath);

        await AssertUnavailableThenRecoveredAsync(expectedRetryAfter: null);
    }

    [Test]
    public async Task RateLimited_AnswersInterRetryAfter()
    {
        ApiServer.InterSandbox.Faults.RateLimitNext(1, TimeSpan.FromSeconds(7), "POST", IssuePath);

        await AssertUnavailableThenRecoveredAsync(expectedRetryAfter: "7");
    }

    [Test]
    public async Task TimeoutAfterIssue_NoSecondBoleto()
    {
        ApiServer.InterSandbox.Faults.HangNext(1, "POST", IssuePath, afterHandling: true);

        await AssertUnavailableThenRecoveredAsync(expectedRetryAfter: null);
    }

    [Test]
    public async Task FailedStart_IsLinkedByReconciliation()
    {
        ApiServer.InterSandbox.Faults.FailNext(1, 502, "POST", IssuePath, afterHandling: true);
        var plan = await InterCheckouts.CreatePlanAsync();
        var key = Guid.NewGuid().ToString();
        var before = ApiServer.InterSandbox.Charges.Count;
        var failed = await CheckoutApi.SubmitAsync(plan.LinkToken, InterCheckouts.PersonBody(), key);

        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReconciliationRunner>().RunAsync(CancellationToken.None);
        }

        var linked = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        var retried = await CheckoutApi.SubmitAsync(plan.LinkToken, InterCheckouts.PersonBody(), key);
        var created = ApiServer.InterSandbox.Charges.Skip(before).ToList();

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(created, Has.Count.EqualTo(1));
        Assert.That(linked.ProviderChargeId, Is.EqualTo(created[0].CodigoSolicitacao));
        Assert.That(linked.Status, Is.AnyOf(ChargeStatus.Processing, ChargeStatus.AwaitingPayment));
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ReadErrors_AreRetried()
    {
        // The look-up by seuNumero is a GET, so the resilience pipeline retries it.
        ApiServer.InterSandbox.Faults.FailNext(2, 503, "GET", IssuePath);
        var plan = await InterCheckouts.CreatePlanAsync();

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, InterCheckouts.PersonBody(), Guid.NewGuid().ToString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    private static async Task AssertUnavailableThenRecoveredAsync(string? expectedRetryAfter)
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var key = Guid.NewGuid().ToString();
        var before = ApiServer.InterSandbox.Charges.Count;

        var failed = await CheckoutApi.SubmitAsync(plan.LinkToken, InterCheckouts.PersonBody(), key);
        var problem = await CheckoutApi.ReadJsonAsync(failed);
        var pending = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        var retried = await CheckoutApi.SubmitAsync(plan.LinkToken, InterCheckouts.PersonBody(), key);
        var checkout = await CheckoutApi.ReadJsonAsync(retried);
        var created = ApiServer.InterSandbox.Charges.Skip(before).ToList();
        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/provider-unavailable"));
        Assert.That(failed.Headers.RetryAfter, Is.Not.Null);
        if (expectedRetryAfter is not null)
        {
            Assert.That(failed.Headers.RetryAfter!.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expectedRetryAfter));
        }

        Assert.That(pending.Status, Is.EqualTo(ChargeStatus.Pending), "the records are kept pending");
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the replay returns the first checkout");
        Assert.That(InterCheckouts.PaymentStatus(checkout), Is.AnyOf("processing", "awaitingPayment"));
        Assert.That(created, Has.Count.EqualTo(1), "one Inter boleto for one charge");
        Assert.That(charge.ProviderChargeId, Is.EqualTo(created[0].CodigoSolicitacao));
    }
}
