using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Reliability.Callbacks;

/// <summary>Sends EFI's callbacks as EFI does, and reads back what a charge went through.</summary>
public static class CallbackSender
{
    public static Task<HttpResponseMessage> SendPixAsync(string txid) =>
        ApiServer.Client.PostAsJsonAsync("/api/webhooks/efi/pix", new JsonObject
        {
            ["pix"] = new JsonArray(new JsonObject
            {
                ["endToEndId"] = "E00000000202701011200" + txid[^11..],
                ["txid"] = txid,
                ["valor"] = "450.00",
            }),
        });

    /// <summary>
    /// Pays the Pix code <paramref name="txid"/> at the EFI sandbox with its callback dropped, as when EFI's callback
    /// arrives late. <see cref="SendPixAsync"/> delivers it afterwards.
    /// </summary>
    public static async Task PayPixWithoutCallbackAsync(string txid)
    {
        ApiServer.Sandbox.Faults.DropDeliveries = true;
        try
        {
            await ApiServer.Sandbox.PayPixAsync(txid);
        }
        finally
        {
            ApiServer.Sandbox.Faults.DropDeliveries = false;
        }
    }

    /// <summary>Sends the charge notification as a form (what EFI sends) on even deliveries and as JSON on odd ones.</summary>
    public static Task<HttpResponseMessage> SendNotificationAsync(string token, int delivery) =>
        delivery % 2 == 0
            ? ApiServer.Client.PostAsync("/api/webhooks/efi", new FormUrlEncodedContent([new("notification", token)]))
            : ApiServer.Client.PostAsJsonAsync("/api/webhooks/efi", new { notification = token });

    /// <summary>Sends <paramref name="count"/> deliveries at once and returns their statuses.</summary>
    public static async Task<List<int>> SendConcurrentlyAsync(int count, Func<int, Task<HttpResponseMessage>> send)
    {
        using var start = new SemaphoreSlim(0);
        var deliveries = Enumerable.Range(0, count).Select(async i =>
        {
            await start.WaitAsync();
            using var response = await send(i);
            return (int)response.StatusCode;
        }).ToList();
        start.Release(count);
        return [.. await Task.WhenAll(deliveries)];
    }

    public static Task<Charge> ReadChargeAsync(Guid tenantId) =>
        ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == tenantId));

    public static Task<int> CountPaidAuditsAsync(Guid chargeId) =>
        ApiServer.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == chargeId && a.Action == "charge.paid"));

    /// <summary>Polls until the charge is paid, for up to ten seconds, and returns it either way.</summary>
    public static async Task<Charge> WaitUntilPaidAsync(Guid tenantId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var charge = await ReadChargeAsync(tenantId);
        while (charge.Status != ChargeStatus.Paid && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            charge = await ReadChargeAsync(tenantId);
        }

        return charge;
    }
}
