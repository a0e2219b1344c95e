using Conexa.FunctionalTests.Support;

namespace Conexa.FunctionalTests.Reliability.Callbacks;

/// <summary>
/// Callbacks that EFI did not send: an unknown token or txid, and the real txid or token of a charge that
/// is not paid. The API reads every charge back from EFI, so none of them may change anything.
/// </summary>
public sealed class ForgedCallbackTests
{
    [Test]
    public async Task UnknownTokenAndTxid_ChangeNothing()
    {
        var plan = await TestPlans.CreateAsync();
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        var before = await TenantSnapshot.ReadAsync(plan.TenantId);

        var token = await CallbackSender.SendConcurrentlyAsync(10, i => CallbackSender.SendNotificationAsync($"forged-{Guid.NewGuid():N}", i));
        var txid = await CallbackSender.SendConcurrentlyAsync(10, _ => CallbackSender.SendPixAsync(Guid.NewGuid().ToString("N")));

        Assert.That(token, Is.All.InRange(400, 499), "unknown notification tokens");
        Assert.That(txid, Is.All.EqualTo(200), "unknown txids are acknowledged and skipped, so EFI stops retrying them");
        Assert.That(await TenantSnapshot.ReadAsync(plan.TenantId), Is.EqualTo(before));
    }

    [Test]
    public async Task RealIdsOfUnpaidCharges_ChangeNothing()
    {
        var plan = await TestPlans.CreateAsync();
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        var pixCharge = await CallbackSender.ReadChargeAsync(plan.TenantId);
        var cardPlan = await TestPlans.CreateAsync();
        await CheckoutApi.SubmitAsync(cardPlan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString());
        var cardCharge = await CallbackSender.ReadChargeAsync(cardPlan.TenantId);
        var cardToken = ApiServer.Sandbox.Charges.Single(c => c.CustomId == cardCharge.ProviderReference).NotificationToken;
        var pixBefore = await TenantSnapshot.ReadAsync(plan.TenantId);
        var cardBefore = await TenantSnapshot.ReadAsync(cardPlan.TenantId);

        var pix = await CallbackSender.SendConcurrentlyAsync(10, _ => CallbackSender.SendPixAsync(pixCharge.ProviderChargeId!));
        var card = await CallbackSender.SendConcurrentlyAsync(10, i => CallbackSender.SendNotificationAsync(cardToken, i));

        Assert.That(pix, Is.All.EqualTo(200), "Pix callbacks of an unpaid cob");
        Assert.That(card, Is.All.EqualTo(200), "notifications of an approved, unpaid card charge");
        Assert.That(await TenantSnapshot.ReadAsync(plan.TenantId), Is.EqualTo(pixBefore), "the Pix tenant's records");
        Assert.That(await TenantSnapshot.ReadAsync(cardPlan.TenantId), Is.EqualTo(cardBefore), "the card tenant's records");
    }
}
