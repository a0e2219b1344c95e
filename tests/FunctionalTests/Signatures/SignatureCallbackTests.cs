using System.Net;
using Conexa.Application.Signatures.Reconcile;
using Conexa.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Signatures;

public sealed class SignatureCallbackTests
{
    [TearDown]
    public void ResetFaults() => ApiServer.D4Sign.Faults.Reset();

    [Test]
    public async Task ForgedHmac_RejectedAndLogged()
    {
        var (admin, contractId, documentId) = await SentContractAsync();
        using var _ = admin;
        var logsBefore = ApiServer.Logs.Lines.Count(l => l.Contains("Rejected a D4Sign callback", StringComparison.Ordinal));
        var readsBefore = ApiServer.D4Sign.CountRequests("GET", $"/api/v1/documents/{documentId}");

        ApiServer.D4Sign.Faults.ForgeSignature = true;
        ApiServer.D4Sign.Sign(documentId);
        await SignatureFlow.DeliverCallbacksAsync();
        var direct = await PostCallbackAsync(documentId, "1", null, "sha256=" + new string('0', 64));
        var missing = await PostCallbackAsync(documentId, "1", null, null);

        Assert.That(direct.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await SignatureFlow.StatusAsync(admin, contractId), Is.EqualTo("sent"));
        Assert.That(await SignatureFlow.CallbackCountAsync(documentId), Is.Zero);
        Assert.That(ApiServer.D4Sign.CountRequests("GET", $"/api/v1/documents/{documentId}"), Is.EqualTo(readsBefore), "a forgery is not even read back");
        Assert.That(ApiServer.Logs.Lines.Count(l => l.Contains("Rejected a D4Sign callback", StringComparison.Ordinal) && l.Contains(documentId, StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(logsBefore + 3));
    }

    [Test]
    public async Task DuplicateOutOfOrder_AppliedOnce()
    {
        var (admin, contractId, documentId) = await SentContractAsync();
        using var _ = admin;
        var readsBefore = ApiServer.D4Sign.CountRequests("GET", $"/api/v1/documents/{documentId}");

        ApiServer.D4Sign.Faults.DuplicateDeliveries = true;
        ApiServer.D4Sign.Faults.OutOfOrderDeliveries = true;
        ApiServer.D4Sign.Sign(documentId);
        await SignatureFlow.DeliverCallbacksAsync();
        var status = await SignatureFlow.WaitForStatusAsync(admin, contractId, "signed");
        var replay = await PostCallbackAsync(documentId, "4", "maria@example.com", ApiServer.D4Sign.SignatureOf(documentId));
        var replayBody = await replay.Content.ReadAsStringAsync();

        Assert.That(status, Is.EqualTo("signed"));
        Assert.That(await SignatureFlow.CallbackCountAsync(documentId), Is.EqualTo(2), "finished and one signer signed, each once");
        Assert.That(ApiServer.D4Sign.CountRequests("GET", $"/api/v1/documents/{documentId}") - readsBefore, Is.EqualTo(2), "each distinct event read the status once");
        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.OK), replayBody);
        Assert.That(replayBody, Does.Contain("duplicate"));
    }

    [Test]
    public async Task LateSignerEvent_NeverMovesSignedBack()
    {
        var (admin, contractId, documentId) = await SentContractAsync();
        using var _ = admin;
        ApiServer.D4Sign.Sign(documentId);
        await SignatureFlow.WaitForStatusAsync(admin, contractId, "signed");

        var late = await PostCallbackAsync(documentId, "2", "maria@example.com", ApiServer.D4Sign.SignatureOf(documentId));

        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.OK), await late.Content.ReadAsStringAsync());
        Assert.That(await SignatureFlow.StatusAsync(admin, contractId), Is.EqualTo("signed"));
    }

    [Test]
    public async Task Cancel_WebhookMarksContractCancelled()
    {
        var (admin, contractId, documentId) = await SentContractAsync();
        using var _ = admin;

        ApiServer.D4Sign.Cancel(documentId);
        var status = await SignatureFlow.WaitForStatusAsync(admin, contractId, "cancelled");

        Assert.That(status, Is.EqualTo("cancelled"));
    }

    [Test]
    public async Task LostWebhook_HealedByReconciliation()
    {
        var (admin, contractId, documentId) = await SentContractAsync();
        using var _ = admin;

        ApiServer.D4Sign.Faults.DropDeliveries = true;
        ApiServer.D4Sign.Sign(documentId);
        await SignatureFlow.DeliverCallbacksAsync();
        var beforeRun = await SignatureFlow.StatusAsync(admin, contractId);
        int changed;
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            changed = await scope.ServiceProvider.GetRequiredService<SignatureReconciler>().RunAsync(CancellationToken.None);
        }

        Assert.That(beforeRun, Is.EqualTo("sent"), "no callback arrived");
        Assert.That(changed, Is.GreaterThanOrEqualTo(1));
        Assert.That(await SignatureFlow.StatusAsync(admin, contractId), Is.EqualTo("signed"));
    }

    [Test]
    public async Task Resend_AfterLostWebhook_FindsSigned()
    {
        var (admin, contractId, documentId) = await SentContractAsync();
        using var _ = admin;
        ApiServer.D4Sign.Faults.DropDeliveries = true;
        ApiServer.D4Sign.Sign(documentId);

        var response = await admin.PostAsync($"/api/contracts/{contractId}/signature-requests", null);
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), problem.ToJsonString());
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/contract-already-signed"));
        Assert.That(await SignatureFlow.StatusAsync(admin, contractId), Is.EqualTo("signed"));
        Assert.That(ApiServer.D4Sign.Find(documentId)!.ResendCount, Is.Zero);
    }

    [Test]
    public async Task JsonCallback_IsToldToSendAForm()
    {
        using var content = new StringContent("""{"uuid":"x","type_post":"1"}""", System.Text.Encoding.UTF8, "application/json");

        var response = await ApiServer.Client.PostAsync("/api/webhooks/d4sign", content);
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("application/x-www-form-urlencoded"));
    }

    [Test]
    public async Task UnknownDocument_IsAcceptedAndIgnored()
    {
        var documentId = Guid.NewGuid().ToString();

        var response = await PostCallbackAsync(documentId, "1", null, ApiServer.D4Sign.SignatureOf(documentId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("unknownDocument"));
    }

    private static async Task<(HttpClient Admin, Guid ContractId, string DocumentId)> SentContractAsync()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: true);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        var admin = await AdminClients.SignInAsync(plan.TenantId);
        Assert.That(await SignatureFlow.WaitForStatusAsync(admin, contractId, "sent"), Is.EqualTo("sent"));
        return (admin, contractId, await SignatureFlow.DocumentIdAsync(contractId));
    }

    private static async Task<HttpResponseMessage> PostCallbackAsync(string documentId, string typePost, string? email, string? signature)
    {
        var fields = new Dictionary<string, string> { ["uuid"] = documentId, ["type_post"] = typePost, ["message"] = "teste" };
        if (email is not null)
        {
            fields["email"] = email;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/d4sign") { Content = new FormUrlEncodedContent(fields) };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Content-Hmac", signature);
        }

        return await ApiServer.Client.SendAsync(request);
    }
}
