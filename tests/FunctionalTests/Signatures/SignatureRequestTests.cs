using System.Net;
using System.Net.Http.Json;
using Conexa.Domain.Emails;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Signatures;

public sealed class SignatureRequestTests
{
    [TearDown]
    public void ResetFaults() => ApiServer.D4Sign.Faults.Reset();

    [Test]
    public async Task AutomaticSend_RegistersSignersAtD4Sign()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: true);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var status = await SignatureFlow.WaitForStatusAsync(admin, contractId, "sent");
        var document = await SignatureFlow.SandboxDocumentAsync(contractId);

        Assert.That(status, Is.EqualTo("sent"));
        Assert.That(document.StatusId, Is.EqualTo(3), "Aguardando Assinaturas");
        Assert.That(document.Signers.Select(s => s.Email), Is.EqualTo(new[] { "maria@example.com" }));
        Assert.That(document.WebhookUrl, Does.EndWith("/api/webhooks/d4sign"));
        Assert.That(document.SendCount, Is.EqualTo(1));
    }

    [Test]
    public async Task AutomaticSend_CompanySignsWithLinkedPerson()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: true);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan, CheckoutApi.CompanyBody());
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        await SignatureFlow.WaitForStatusAsync(admin, contractId, "sent");
        var document = await SignatureFlow.SandboxDocumentAsync(contractId);

        Assert.That(document.Signers.Select(s => s.Email), Is.EquivalentTo(new[] { "financeiro@souza.example", "maria@souza.example" }));
    }

    [Test]
    public async Task AutomaticSend_UndeliverableEmail_StillSends()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: true);
        var body = CheckoutApi.PersonBody("pix");
        body["customer"]!["email"] = $"bounce-{Guid.NewGuid():N}@example.com";
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan, body);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var status = await SignatureFlow.WaitForStatusAsync(admin, contractId, "sent");

        Assert.That(status, Is.EqualTo("sent"), "a failing welcome e-mail does not hold back the signature");
    }

    [Test]
    public async Task AutomaticSend_OffForTenant_SendsNothing()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        await WaitUntilAsync(() => ApiServer.QueryAsync(db => db.OutboxMessages.AnyAsync(m =>
            m.Payload.Contains(contractId.ToString()) && m.Type.EndsWith(".ContractingCompleted") && m.ProcessedAt != null)));

        Assert.That(await SignatureFlow.StatusAsync(admin, contractId), Is.EqualTo("notRequested"));
        Assert.That(await ApiServer.QueryAsync(db => db.SignatureRequests.AnyAsync(r => r.ContractId == contractId)), Is.False);
    }

    [Test]
    public async Task Sign_MarksContractSigned()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: true);
        var (checkoutId, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SignatureFlow.WaitForStatusAsync(admin, contractId, "sent");

        var signing = await ApiServer.Client.PostAsync($"/api/sandbox/contracts/{contractId}/sign", null);
        var status = await SignatureFlow.WaitForStatusAsync(admin, contractId, "signed");
        var checkout = await CheckoutApi.WaitForAsync(checkoutId, c => c["signatureStatus"]!.GetValue<string>() == "signed");
        var list = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/contracts"));

        Assert.That(signing.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(status, Is.EqualTo("signed"));
        Assert.That(checkout["signatureStatus"]!.GetValue<string>(), Is.EqualTo("signed"));
        Assert.That(list["items"]![0]!["signatureStatus"]!.GetValue<string>(), Is.EqualTo("signed"));
        Assert.That((await SignatureFlow.SandboxDocumentAsync(contractId)).StatusId, Is.EqualTo(4), "Finalizado");
        var audit = (await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}")))["audit"]!.AsArray()
            .Select(a => (Action: a!["action"]!.GetValue<string>(), Actor: a["actor"]!.GetValue<string>()))
            .ToList();
        Assert.That(audit, Does.Contain(("contract.signature-sent", "system")));
        Assert.That(audit, Does.Contain(("contract.signed", "provider:d4sign")));
    }

    [Test]
    public async Task AdminRoute_SendsThenResends()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var first = await admin.PostAsync($"/api/contracts/{contractId}/signature-requests", null);
        var firstBody = await CheckoutApi.ReadJsonAsync(first);
        var second = await admin.PostAsync($"/api/contracts/{contractId}/signature-requests", null);
        var secondBody = await CheckoutApi.ReadJsonAsync(second);
        var document = await SignatureFlow.SandboxDocumentAsync(contractId);
        var emails = await WaitForSignatureEmailsAsync(contractId, count: 2);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), firstBody.ToJsonString());
        Assert.That(firstBody["status"]!.GetValue<string>(), Is.EqualTo("sent"));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK), secondBody.ToJsonString());
        Assert.That(secondBody["sendCount"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(secondBody["documentId"]!.GetValue<string>(), Is.EqualTo(firstBody["documentId"]!.GetValue<string>()), "the resend reuses the upload");
        Assert.That(document.SendCount, Is.EqualTo(1));
        Assert.That(document.ResendCount, Is.EqualTo(1));
        Assert.That(emails, Has.Count.EqualTo(2));
        Assert.That(emails.Select(e => e.To), Is.All.EqualTo("maria@example.com"));
        Assert.That(emails.Select(e => e.Subject), Is.All.StartsWith("Assinatura solicitada"));
        var audit = (await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}")))["audit"]!.AsArray();
        var sent = audit.Single(a => a!["action"]!.GetValue<string>() == "contract.signature-sent")!;
        Assert.That(sent["actor"]!.GetValue<string>(), Does.StartWith("user:"));
        Assert.That(audit.Count(a => a!["action"]!.GetValue<string>() == "contract.signature-reminded"), Is.EqualTo(1));
    }

    [Test]
    public async Task SignatureEmail_AppearsInEmailHistory()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: true);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SignatureFlow.WaitForStatusAsync(admin, contractId, "sent");
        await WaitForSignatureEmailsAsync(contractId, count: 1);

        var history = (await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/emails"))).AsArray();
        var signatureEmail = history.SingleOrDefault(h => h!["kind"]!.GetValue<string>() == "signatureRequested");

        Assert.That(signatureEmail, Is.Not.Null, history.ToJsonString());
        Assert.That(signatureEmail!["to"]!.GetValue<string>(), Is.EqualTo("maria@example.com"));
        Assert.That(signatureEmail["status"]!.GetValue<string>(), Is.EqualTo("sent"));
    }

    [Test]
    public async Task AdminRoute_SignedContract_Is409()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: true);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SignatureFlow.WaitForStatusAsync(admin, contractId, "sent");
        ApiServer.D4Sign.Sign(await SignatureFlow.DocumentIdAsync(contractId));
        await SignatureFlow.WaitForStatusAsync(admin, contractId, "signed");

        var response = await admin.PostAsync($"/api/contracts/{contractId}/signature-requests", null);
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), problem.ToJsonString());
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/contract-already-signed"));
    }

    [Test]
    public async Task AdminRoute_TerminatedContract_Is409()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var startDate = (await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}")))["startDate"]!.GetValue<string>();
        var termination = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = startDate });
        Assert.That(termination.StatusCode, Is.EqualTo(HttpStatusCode.OK), await termination.Content.ReadAsStringAsync());

        var response = await admin.PostAsync($"/api/contracts/{contractId}/signature-requests", null);
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), problem.ToJsonString());
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/contract-terminated"));
    }

    [Test]
    public async Task AdminRoute_AnotherTenantsContract_Is404()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        var other = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var otherAdmin = await AdminClients.SignInAsync(other.TenantId);

        var response = await otherAdmin.PostAsync($"/api/contracts/{contractId}/signature-requests", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ApiServer.QueryAsync(db => db.SignatureRequests.AnyAsync(r => r.ContractId == contractId)), Is.False);
    }

    [Test]
    public async Task AdminRoute_StaffRole_Is403()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var staff = await AdminClients.SignInAsync(plan.TenantId, role: "staff");

        var response = await staff.PostAsync($"/api/contracts/{contractId}/signature-requests", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task AdminRoute_D4SignDown_Is503()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        ApiServer.D4Sign.Faults.FailNext(1, 503, "/upload");

        var response = await admin.PostAsync($"/api/contracts/{contractId}/signature-requests", null);
        var problem = await CheckoutApi.ReadJsonAsync(response);
        var retry = await admin.PostAsync($"/api/contracts/{contractId}/signature-requests", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), problem.ToJsonString());
        Assert.That(response.Headers.RetryAfter?.Delta, Is.Not.Null);
        Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("Serviço de assinatura indisponível"));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.OK), await retry.Content.ReadAsStringAsync());
        Assert.That(await SignatureFlow.StatusAsync(admin, contractId), Is.EqualTo("sent"));
    }

    [TestCase(500)]
    [TestCase(429)]
    public async Task AutomaticSend_D4SignError_IsRetried(int status)
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: true);
        ApiServer.D4Sign.Faults.FailNext(1, status, "/upload");

        var (checkoutId, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var checkout = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/checkouts/{checkoutId}"));
        var signatureStatus = await SignatureFlow.WaitForStatusAsync(admin, contractId, "sent");

        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
        Assert.That(signatureStatus, Is.EqualTo("sent"), "the outbox retried the send");
        Assert.That(await UploadsOfAsync(contractId), Is.EqualTo(1));
    }

    [Test]
    public async Task AutomaticSend_Timeout_ReusesUpload()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: true);
        ApiServer.D4Sign.Faults.HangNext(1, "/webhooks");

        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var signatureStatus = await SignatureFlow.WaitForStatusAsync(admin, contractId, "sent");
        var document = await SignatureFlow.SandboxDocumentAsync(contractId);

        Assert.That(signatureStatus, Is.EqualTo("sent"), "the outbox retried after the webhook registration timed out");
        Assert.That(await UploadsOfAsync(contractId), Is.EqualTo(1), "the retry reused the uploaded document");
        Assert.That(document.WebhookUrl, Is.Not.Null);
    }

    [Test]
    public async Task TenantSetting_AdminTurnsOnAutomaticSend()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        using var staff = await AdminClients.SignInAsync(plan.TenantId, role: "staff");

        var byStaff = await staff.PutAsJsonAsync("/api/tenant/signature-sending", new { sendsContractsForSignature = true });
        var withoutValue = await admin.PutAsJsonAsync("/api/tenant/signature-sending", new { });
        var byAdmin = await admin.PutAsJsonAsync("/api/tenant/signature-sending", new { sendsContractsForSignature = true });
        var tenant = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/tenant"));
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);

        Assert.That(byStaff.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(withoutValue.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(byAdmin.StatusCode, Is.EqualTo(HttpStatusCode.OK), await byAdmin.Content.ReadAsStringAsync());
        Assert.That(tenant["sendsContractsForSignature"]!.GetValue<bool>(), Is.True);
        Assert.That(await SignatureFlow.WaitForStatusAsync(admin, contractId, "sent"), Is.EqualTo("sent"));
    }

    private static async Task<int> UploadsOfAsync(Guid contractId)
    {
        var fileName = await ApiServer.QueryAsync(db => db.ContractDocuments.Where(d => d.ContractId == contractId).Select(d => d.FileName).SingleAsync());
        return ApiServer.D4Sign.Documents.Count(d => d.Name == fileName);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + SignatureFlow.Patience;
        while (!await condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    private static async Task<List<EmailMessage>> WaitForSignatureEmailsAsync(Guid contractId, int count)
    {
        var deadline = DateTime.UtcNow + SignatureFlow.Patience;
        while (true)
        {
            var tenantId = await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.TenantId).SingleAsync());
            var emails = await ApiServer.QueryAsync(db => db.EmailMessages
                .Where(m => m.TenantId == tenantId && m.Kind == EmailKind.SignatureRequested && m.Status == EmailStatus.Sent)
                .ToListAsync());
            if (emails.Count >= count || DateTime.UtcNow > deadline)
            {
                return emails;
            }

            await Task.Delay(100);
        }
    }
}
