using System.Diagnostics;
using Conexa.Domain.Contracts;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Reliability.Callbacks;

/// <summary>
/// EFI's callbacks delivered ten at a time, before and after the payment and again later: the charge is
/// paid once, and nothing moves back from paid.
/// </summary>
public sealed class CallbackReplayTests
{
    private const int Deliveries = 10;

    [Test]
    public async Task PixCallback_ConcurrentAndReplayed_PaysOnce()
    {
        var stopwatch = Stopwatch.StartNew();
        var plan = await TestPlans.CreateAsync();
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        var unpaid = await CallbackSender.ReadChargeAsync(plan.TenantId);
        var txid = unpaid.ProviderChargeId!;

        var early = await CallbackSender.SendConcurrentlyAsync(Deliveries, _ => CallbackSender.SendPixAsync(txid));
        var afterEarly = await CallbackSender.ReadChargeAsync(plan.TenantId);

        await ApiServer.Sandbox.PayPixAsync(txid);
        var concurrent = await CallbackSender.SendConcurrentlyAsync(Deliveries, _ => CallbackSender.SendPixAsync(txid));
        var paid = await CallbackSender.WaitUntilPaidAsync(plan.TenantId);
        var replayed = await CallbackSender.SendConcurrentlyAsync(Deliveries, _ => CallbackSender.SendPixAsync(txid));
        var afterReplay = await CallbackSender.ReadChargeAsync(plan.TenantId);

        Assert.That(early, Is.All.EqualTo(200), "callbacks before the payment");
        Assert.That(afterEarly.Status, Is.EqualTo(ChargeStatus.AwaitingPayment), "a callback for an unpaid cob changes nothing");
        Assert.That(concurrent, Is.All.EqualTo(200), "concurrent callbacks after the payment");
        Assert.That(replayed, Is.All.EqualTo(200), "replayed callbacks");
        Assert.That(paid.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(afterReplay.Status, Is.EqualTo(ChargeStatus.Paid), "status after the replay");
        Assert.That(afterReplay.PaidAt, Is.EqualTo(paid.PaidAt), "a replay does not pay again");
        Assert.That(await CallbackSender.CountPaidAuditsAsync(paid.Id), Is.EqualTo(1), "charge.paid audit entries");
        Assert.That(await ContractStatusAsync(paid.ContractId), Is.EqualTo(ContractStatus.Active));
        await TestContext.Out.WriteLineAsync($"Pix callbacks: {3 * Deliveries} deliveries in {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    [Test]
    public async Task CardNotification_ConcurrentAndReplayed_PaysOnce()
    {
        var stopwatch = Stopwatch.StartNew();
        var plan = await TestPlans.CreateAsync();
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString());
        var approved = await CallbackSender.ReadChargeAsync(plan.TenantId);
        var token = ApiServer.Sandbox.Charges.Single(c => c.CustomId == approved.ProviderReference).NotificationToken;

        var early = await CallbackSender.SendConcurrentlyAsync(Deliveries, i => CallbackSender.SendNotificationAsync(token, i));
        var afterEarly = await CallbackSender.ReadChargeAsync(plan.TenantId);

        await ApiServer.Sandbox.PayChargeAsync(long.Parse(approved.ProviderChargeId!, System.Globalization.CultureInfo.InvariantCulture));
        var concurrent = await CallbackSender.SendConcurrentlyAsync(Deliveries, i => CallbackSender.SendNotificationAsync(token, i));
        var paid = await CallbackSender.WaitUntilPaidAsync(plan.TenantId);

        // Without its cursor the handler reads the whole history again, oldest event first, as after a lost cursor.
        await ApiServer.QueryAsync(db => db.EfiNotificationCursors.Where(c => c.Token == token).ExecuteDeleteAsync());
        var replayed = await CallbackSender.SendConcurrentlyAsync(Deliveries, i => CallbackSender.SendNotificationAsync(token, i));
        var afterReplay = await CallbackSender.ReadChargeAsync(plan.TenantId);

        Assert.That(early, Is.All.EqualTo(200), "notifications before the payment");
        Assert.That(afterEarly.Status, Is.EqualTo(ChargeStatus.Approved), "a notification of an approved charge changes nothing");
        Assert.That(concurrent, Is.All.EqualTo(200), "concurrent notifications after the payment");
        Assert.That(replayed, Is.All.EqualTo(200), "notifications replayed from the oldest event");
        Assert.That(paid.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(afterReplay.Status, Is.EqualTo(ChargeStatus.Paid), "status after the replay");
        Assert.That(afterReplay.PaidAt, Is.EqualTo(paid.PaidAt), "a replay does not pay again");
        Assert.That(await CallbackSender.CountPaidAuditsAsync(paid.Id), Is.EqualTo(1), "charge.paid audit entries");
        await TestContext.Out.WriteLineAsync($"Card notifications: {3 * Deliveries} deliveries in {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    private static Task<ContractStatus> ContractStatusAsync(Guid contractId) =>
        ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.Status).SingleAsync());
}
