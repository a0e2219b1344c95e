using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conexa.FunctionalTests.Support;
using Conexa.Sandbox.D4Sign;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Signatures;

/// <summary>Steps shared by the signature tests: a tenant that sends contracts automatically, a checkout and polling.</summary>
internal static class SignatureFlow
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(25);

    public static async Task<TestPlan> PlanAsync(bool sendsAutomatically)
    {
        var plan = await TestPlans.CreateAsync();
        await ApiServer.QueryAsync(async db =>
        {
            var tenant = await db.Tenants.SingleAsync(t => t.Id == plan.TenantId);
            tenant.SetSendsContractsForSignature(sendsAutomatically);
            return await db.SaveChangesAsync();
        });
        return plan;
    }

    /// <summary>Submits a Pix checkout and returns its checkout and contract ids.</summary>
    public static async Task<(string CheckoutId, Guid ContractId)> CheckoutAsync(TestPlan plan, JsonObject? body = null)
    {
        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body ?? CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        var checkout = await CheckoutApi.ReadJsonAsync(response);
        Assert.That(response.IsSuccessStatusCode, Is.True, checkout.ToJsonString());
        return (checkout["checkoutId"]!.GetValue<string>(), Guid.Parse(checkout["contractId"]!.GetValue<string>()));
    }

    /// <summary>Polls GET /api/contracts/{id} until its signatureStatus is <paramref name="expected"/>. Returns the last value seen.</summary>
    public static async Task<string> WaitForStatusAsync(HttpClient admin, Guid contractId, string expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var status = await StatusAsync(admin, contractId);
            if (status == expected || DateTime.UtcNow > deadline)
            {
                return status;
            }

            await Task.Delay(100);
        }
    }

    public static async Task<string> StatusAsync(HttpClient admin, Guid contractId)
    {
        var contract = await admin.GetFromJsonAsync<JsonObject>($"/api/contracts/{contractId}");
        return contract!["signatureStatus"]!.GetValue<string>();
    }

    /// <summary>Returns the D4Sign document id the API recorded for the contract.</summary>
    public static Task<string> DocumentIdAsync(Guid contractId) =>
        ApiServer.QueryAsync(db => db.SignatureRequests.Where(r => r.ContractId == contractId).Select(r => r.DocumentId!).SingleAsync());

    public static async Task<D4SignSandboxDocument> SandboxDocumentAsync(Guid contractId) =>
        ApiServer.D4Sign.Find(await DocumentIdAsync(contractId)) ?? throw new AssertionException("The sandbox has no such document.");

    public static Task<int> CallbackCountAsync(string documentId) =>
        ApiServer.QueryAsync(db => db.SignatureCallbacks.CountAsync(c => c.DocumentId == documentId));

    /// <summary>Waits until the sandbox has posted every queued callback and the API has handled them.</summary>
    public static Task DeliverCallbacksAsync() => ApiServer.D4Sign.WaitForCallbacksAsync(Patience);
}
