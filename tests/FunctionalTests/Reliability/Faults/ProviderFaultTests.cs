using System.Net;
using Conexa.Application.Payments.RecoverPaymentStarts;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Conexa.Sandbox.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Reliability.Faults;

/// <summary>
/// EFI failing during checkout, through the sandbox's fault switches: the customer gets a 503 with
/// Retry-After, the records stay pending with a reason, and no retry or recovery creates a second
/// provider charge for one of ours.
/// </summary>
public sealed class ProviderFaultTests
{
    private const string OneStep = "/v1/charge/one-step";
    private const string Cob = "/v2/cob";

    [TearDown]
    public void ResetFaults() => ApiServer.Sandbox.Faults.Reset();

    [TestCase(SandboxFault.ServerError)]
    [TestCase(SandboxFault.Unavailable)]
    [TestCase(SandboxFault.TooManyRequests)]
    public async Task PixFault_Answers503AndKeepsRecords(SandboxFault fault)
    {
        var plan = await TestPlans.CreateAsync();
        var key = Guid.NewGuid().ToString();
        ApiServer.Sandbox.Faults.FailNext(1, fault, Cob);

        var failed = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), key);
        var problem = await CheckoutApi.ReadJsonAsync(failed);
        var pending = await ChargeOfPlanAsync(plan);
        var retried = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), key);
        var checkout = await CheckoutApi.ReadJsonAsync(retried);

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(failed.Headers.RetryAfter, Is.Not.Null);
        Assert.That(problem["type"]!.GetValue<string>(), Does.Contain("provider-unavailable"));
        Assert.That(pending.Status, Is.EqualTo(ChargeStatus.Pending));
        Assert.That(pending.PendingReason, Is.Not.Null.And.Not.Empty);
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(checkout["payment"]!["pixCopyPaste"]!.GetValue<string>(), Does.StartWith("000201"));
        Assert.That(ApiServer.Sandbox.Cobs.Count(c => c.Txid == pending.Id.ToString("N")), Is.EqualTo(1));
    }

    [Test]
    public async Task PixTimeout_Answers503()
    {
        var plan = await TestPlans.CreateAsync();
        ApiServer.Sandbox.Faults.HangDuration = TimeSpan.FromSeconds(20);
        ApiServer.Sandbox.Faults.FailNext(1, SandboxFault.Timeout, Cob);

        var failed = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        var pending = await ChargeOfPlanAsync(plan);

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(pending.Status, Is.EqualTo(ChargeStatus.Pending));
        Assert.That(pending.FailedStartAttempts, Is.EqualTo(1));
    }

    [Test]
    public async Task LostBoletoResponse_RetryAdoptsTheFirstCharge()
    {
        var plan = await TestPlans.CreateAsync();
        await TestPlans.AddEfiBoletoAsync(plan);
        var key = Guid.NewGuid().ToString();
        ApiServer.Sandbox.Faults.FailNext(1, SandboxFault.LostResponse, OneStep);

        var failed = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), key);
        var charge = await ChargeOfPlanAsync(plan);
        var createdByLostCall = ProviderCharges(charge);
        var retried = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), key);
        var checkout = await CheckoutApi.ReadJsonAsync(retried);

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(createdByLostCall, Is.EqualTo(1), "the lost call did create the boleto at EFI");
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(checkout["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
        Assert.That(checkout["payment"]!["boletoDigitableLine"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(ProviderCharges(charge), Is.EqualTo(1));
    }

    [Test]
    public async Task LostCardResponse_RetryFindsTheApproval()
    {
        var plan = await TestPlans.CreateAsync();
        var key = Guid.NewGuid().ToString();
        ApiServer.Sandbox.Faults.FailNext(1, SandboxFault.LostResponse, OneStep);

        var failed = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), key);
        var retried = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), key);
        var checkout = await CheckoutApi.ReadJsonAsync(retried);
        var charge = await ChargeOfPlanAsync(plan);

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Approved));
        Assert.That(ProviderCharges(charge), Is.EqualTo(1), "the card was charged once");
    }

    [Test]
    public async Task StalledPixStart_IsRecoveredWithoutTheCustomer()
    {
        var plan = await TestPlans.CreateAsync();
        ApiServer.Sandbox.Faults.FailNext(1, SandboxFault.ServerError, Cob);
        var failed = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());

        var recovered = await RecoverAsync(plan);
        var charge = await ChargeOfPlanAsync(plan);

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(recovered, Is.EqualTo(1));
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.AwaitingPayment));
        Assert.That(charge.PixCopyPaste, Does.StartWith("000201"));
        Assert.That(charge.PendingReason, Is.Null);
        Assert.That(ApiServer.Sandbox.Cobs.Count(c => c.Txid == charge.Id.ToString("N")), Is.EqualTo(1));
    }

    [Test]
    public async Task StalledCardStart_IsDeclinedForANewTry()
    {
        var plan = await TestPlans.CreateAsync();
        ApiServer.Sandbox.Faults.FailNext(1, SandboxFault.Unavailable, OneStep);
        var failed = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString());
        var checkoutId = (await CheckoutApi.ReadJsonAsync(failed))["checkoutId"];

        await RecoverAsync(plan);
        var charge = await ChargeOfPlanAsync(plan);

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(checkoutId, Is.Null, "the 503 carries no checkout");
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Declined), "no card on file, so the customer must try again");
        Assert.That(charge.DeclineReason, Does.Contain("não foi concluído"));
        Assert.That(ProviderCharges(charge), Is.Zero);
    }

    [Test]
    public async Task InterruptedStart_RecoveryAdoptsTheProviderCharge()
    {
        var plan = await TestPlans.CreateAsync();
        await TestPlans.AddEfiBoletoAsync(plan);
        ApiServer.Sandbox.Faults.FailNext(1, SandboxFault.LostResponse, OneStep);
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), Guid.NewGuid().ToString());

        // As if the instance had been killed during the call: the lease is left to run out, nothing recorded.
        await ApiServer.QueryAsync(db => db.Charges
            .Where(c => c.TenantId == plan.TenantId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.FailedStartAttempts, 0)
                .SetProperty(c => c.PendingReason, (string?)null)
                .SetProperty(c => c.PaymentStartLeaseUntil, DateTimeOffset.UtcNow.AddMinutes(-1))));
        var recovered = await RecoverAsync(plan);
        var charge = await ChargeOfPlanAsync(plan);

        Assert.That(recovered, Is.EqualTo(1));
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.AwaitingPayment));
        Assert.That(charge.BoletoDigitableLine, Is.Not.Empty);
        Assert.That(ProviderCharges(charge), Is.EqualTo(1));
    }

    [Test]
    public async Task StalledStart_WhileProviderDown_StaysPending()
    {
        var plan = await TestPlans.CreateAsync();
        ApiServer.Sandbox.Faults.FailNext(2, SandboxFault.Unavailable, Cob);
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());

        var recovered = await RecoverAsync(plan);
        var charge = await ChargeOfPlanAsync(plan);

        Assert.That(recovered, Is.Zero);
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Pending));
        Assert.That(charge.FailedStartAttempts, Is.EqualTo(2));
        Assert.That(charge.PendingReason, Does.Contain("503"));
    }

    private static int ProviderCharges(Charge charge) =>
        ApiServer.Sandbox.Charges.Count(c => c.CustomId == charge.ProviderReference);

    private static Task<Charge> ChargeOfPlanAsync(TestPlan plan) =>
        ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

    private static async Task<int> RecoverAsync(TestPlan plan)
    {
        await using var scope = ApiServer.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, plan.TenantId);
    }

}
