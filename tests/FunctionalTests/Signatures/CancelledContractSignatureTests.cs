using System.Net;
using System.Net.Http.Json;
using Conexa.Application.Billing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Signatures;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Signatures;

/// <summary>
/// A contracting cancelled unpaid (its first charge written off) or a terminated contract leaves signature, so no
/// one signs a contract that no longer runs.
/// </summary>
public sealed class CancelledContractSignatureTests
{
    [TearDown]
    public void ResetClock() => ApiServer.Clock.Reset();

    [Test]
    public async Task SentContract_CancelledAtD4Sign()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: true);
        var (checkoutId, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SignatureFlow.WaitForStatusAsync(admin, contractId, "sent");

        await CancelUnpaidAsync(plan);
        var status = await SignatureFlow.WaitForStatusAsync(admin, contractId, "cancelled");
        var document = await SignatureFlow.SandboxDocumentAsync(contractId);
        var signing = await ApiServer.Client.PostAsync($"/api/sandbox/contracts/{contractId}/sign", null);
        var audit = await AuditActionsAsync(contractId);

        Assert.That(status, Is.EqualTo("cancelled"));
        Assert.That(document.StatusId, Is.EqualTo(6), "Cancelado");
        Assert.That(signing.IsSuccessStatusCode, Is.False, "a cancelled document cannot be signed");
        Assert.That(await ContractStatusAsync(contractId), Is.EqualTo(ContractStatus.Cancelled));
        Assert.That(audit, Does.Contain("contract.signature-cancelled"));
        Assert.That((await CheckoutApi.WaitForAsync(checkoutId, _ => true))["signatureStatus"]!.GetValue<string>(), Is.EqualTo("cancelled"));
    }

    [Test]
    public async Task TerminatedUnsignedContract_CancelledAtD4Sign()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 2, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: true);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SignatureFlow.WaitForStatusAsync(admin, contractId, "sent");

        var termination = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-02-20" });
        var status = await SignatureFlow.WaitForStatusAsync(admin, contractId, "cancelled");
        var document = await SignatureFlow.SandboxDocumentAsync(contractId);

        Assert.That(termination.StatusCode, Is.EqualTo(HttpStatusCode.OK), await termination.Content.ReadAsStringAsync());
        Assert.That(status, Is.EqualTo("cancelled"));
        Assert.That(document.StatusId, Is.EqualTo(6), "Cancelado");
        Assert.That(await AuditActionsAsync(contractId), Does.Contain("contract.signature-cancelled"));
    }

    [Test]
    public async Task QueuedRequest_ClosedWithoutUpload()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        var requestId = await ApiServer.QueryAsync(async db =>
        {
            var contract = await db.Contracts.SingleAsync(c => c.Id == contractId);
            var request = SignatureRequest.Create(contract, [new SignatureSigner("maria@example.com", "Maria")], DateTimeOffset.UtcNow, queue: false);
            db.SignatureRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });

        await CancelUnpaidAsync(plan);
        var closed = await WaitForRequestStatusAsync(requestId, SignatureStatus.Cancelled);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var send = await admin.PostAsync($"/api/contracts/{contractId}/signature-requests", null);
        var problem = await CheckoutApi.ReadJsonAsync(send);

        Assert.That(closed.Status, Is.EqualTo(SignatureStatus.Cancelled));
        Assert.That(closed.DocumentId, Is.Null, "nothing was uploaded");
        Assert.That(send.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/contract-cancelled"));
    }

    /// <summary>Moves the tenant's charges 40 days back and runs the overdue job, which writes the first charge off and cancels the contract.</summary>
    private static async Task CancelUnpaidAsync(TestPlan plan)
    {
        await ApiServer.QueryAsync(db => db.Charges
            .Where(c => c.TenantId == plan.TenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DueDate, c => c.DueDate.AddDays(-40))));
        await using var scope = ApiServer.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OverdueRunner>().RunAsync(CancellationToken.None, plan.TenantId);
    }

    private static Task<ContractStatus> ContractStatusAsync(Guid contractId) =>
        ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.Status).SingleAsync());

    private static Task<List<string>> AuditActionsAsync(Guid contractId) =>
        ApiServer.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId == contractId).Select(a => a.Action).ToListAsync());

    private static async Task<SignatureRequest> WaitForRequestStatusAsync(Guid requestId, SignatureStatus expected)
    {
        var deadline = DateTime.UtcNow + SignatureFlow.Patience;
        while (true)
        {
            var request = await ApiServer.QueryAsync(db => db.SignatureRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));
            if (request.Status == expected || DateTime.UtcNow > deadline)
            {
                return request;
            }

            await Task.Delay(100);
        }
    }
}
