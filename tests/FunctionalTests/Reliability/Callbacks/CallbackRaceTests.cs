using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Reliability.Callbacks;

/// <summary>
/// Pix callbacks that all read the charge as unpaid before any of them saves it. The test holds SQLite's
/// write lock while the callbacks arrive. Each callback confirms the payment with EFI, reads the charge and
/// then waits at its save, until the test releases the lock and they all save at once.
/// </summary>
public sealed class PixPaymentRaceTests
{
    private const int Deliveries = 30;

    [Test]
    public async Task CallbacksThatReadTogether_PayOnce()
    {
        var plan = await TestPlans.CreateAsync();
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        var txid = (await CallbackSender.ReadChargeAsync(plan.TenantId)).ProviderChargeId!;

        await using var connection = new SqliteConnection(await ConnectionStringAsync());
        await connection.OpenAsync();

        // BEGIN IMMEDIATE takes the write lock at once; other connections can still read.
        List<int> statuses;
        await using (var writeLock = connection.BeginTransaction(deferred: false))
        {
            await ApiServer.Sandbox.PayPixAsync(txid);
            var deliveries = CallbackSender.SendConcurrentlyAsync(Deliveries, _ => CallbackSender.SendPixAsync(txid));

            // NOTE: a guessed pause, long enough on a 2-core machine for every callback to reach its save.
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            await writeLock.CommitAsync();
            statuses = await deliveries;
        }

        var paid = await CallbackSender.WaitUntilPaidAsync(plan.TenantId);
        Assert.That(statuses, Is.All.EqualTo(200), "callback statuses");
        Assert.That(paid.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(await CallbackSender.CountPaidAuditsAsync(paid.Id), Is.EqualTo(1), "charge.paid audit entries");
    }

    private static Task<string> ConnectionStringAsync() =>
        ApiServer.QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
}
