using System.Globalization;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Reliability.Callbacks;

/// <summary>
/// Callbacks that all read the charge as unpaid before any of them saves it. Each test holds SQLite's
/// write lock while the callbacks arrive. Each callback confirms the payment with EFI, reads the charge and
/// then waits at its save, until the test releases the lock and they all save at once.
/// </summary>
public sealed class CallbackRaceTests
{
    private const int Deliveries = 30;

    [Test]
    public async Task PixCallbacksReadTogether_PayOnce()
    {
        var plan = await TestPlans.CreateAsync();
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        var txid = (await CallbackSender.ReadChargeAsync(plan.TenantId)).ProviderChargeId!;

        var statuses = await SendWhileSavesWaitAsync(
            () => ApiServer.Sandbox.PayPixAsync(txid),
            _ => CallbackSender.SendPixAsync(txid));

        var paid = await CallbackSender.WaitUntilPaidAsync(plan.TenantId);
        Assert.That(statuses, Is.All.EqualTo(200), "callback statuses");
        Assert.That(paid.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(await CallbackSender.CountPaidAuditsAsync(paid.Id), Is.EqualTo(1), "charge.paid audit entries");
    }

    [Test]
    public async Task CardNotificationsReadTogether_PayOnce()
    {
        var plan = await TestPlans.CreateAsync();
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString());
        var approved = await CallbackSender.ReadChargeAsync(plan.TenantId);
        var token = ApiServer.Sandbox.Charges.Single(c => c.CustomId == approved.ProviderReference).NotificationToken;

        var statuses = await SendWhileSavesWaitAsync(
            () => ApiServer.Sandbox.PayChargeAsync(long.Parse(approved.ProviderChargeId!, CultureInfo.InvariantCulture)),
            i => CallbackSender.SendNotificationAsync(token, i));

        var paid = await CallbackSender.WaitUntilPaidAsync(plan.TenantId);
        Assert.That(statuses, Is.All.EqualTo(200), "notification statuses");
        Assert.That(paid.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(await CallbackSender.CountPaidAuditsAsync(paid.Id), Is.EqualTo(1), "charge.paid audit entries");
    }

    /// <summary>Pays at the sandbox and sends the callbacks while the test holds the write lock, then releases it.</summary>
    private static async Task<List<int>> SendWhileSavesWaitAsync(Func<Task> pay, Func<int, Task<HttpResponseMessage>> send)
    {
        var connectionString = await ApiServer.QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();

        // BEGIN IMMEDIATE takes the write lock at once, but other connections can still read.
        await using var writeLock = connection.BeginTransaction(deferred: false);
        await pay();
        var deliveries = CallbackSender.SendConcurrentlyAsync(Deliveries, send);

        // NOTE: an estimated pause. A callback that has not reached its save by then makes the race
        // smaller, not the test fail.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await writeLock.CommitAsync();
        return await deliveries;
    }
}
