using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using Conexa.Application.Payments.Reconciliation;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Payments;

/// <summary>
/// Inter failing during checkout: each failure returns 503 with Retry-After and keeps the records pending,
/// and the retry with the same Idempotency-Key finds the boleto instead of issuing a second one.
/// </summary>
public sealed class InterFailureTests
{
    private const string IssuePath = "/cobranca/v3/cobrancas";

    [TearDown]
    public void ResetSandbox() => ApiServer.InterSandbox.Faults.Reset();

    [Test]
    public async Task ServerErrorAfterIssue_NoSecondBoleto()
    {
        ApiServer.InterSandbox.Faults.FailNext(1, 502, "POST", IssuePath, afterHandling: true);

        await AssertUnavailableThenRecoveredAsync(expectedRetryAfter: null);
    }

    [Test]
    public async Task ServerErrorBeforeIssue_RetryIssuesOnce()
    {
        ApiServer.InterSandbox.Faults.FailNext(1, 503, "POST", IssuePath);

        await AssertUnavailableThenRecoveredAsync(expectedRetryAfter: null);
    }

    [Test]
    public async Task RateLimited_AnswersInterRetryAfter()
    {
        ApiServer.InterSandbox.Faults.RateLimitNext(1, TimeSpan.FromSeconds(7), "POST", IssuePath);

        await AssertUnavailableThenRecoveredAsync(expectedRetryAfter: "7");
    }

    [Test]
    public async Task TimeoutAfterIssue_NoSecondBoleto()
    {
        ApiServer.InterSandbox.Faults.HangNext(1, "POST", IssuePath, afterHandling: true);

        await AssertUnavailableThenRecoveredAsync(expectedRetryAfter: null);
    }

    [Test]
    public async Task FailedStart_IsLinkedByReconciliation()
    {
        ApiServer.InterSandbox.Faults.FailNext(1, 502, "POST", IssuePath, afterHandling: true);
        var plan = await InterCheckouts.CreatePlanAsync();
        var key = Guid.NewGuid().ToString();
        var before = ApiServer.InterSandbox.Charges.Count;
        var failed = await CheckoutApi.SubmitAsync(plan.LinkToken, InterCheckouts.PersonBody(), key);

        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReconciliationRunner>().RunAsync(CancellationToken.None);
        }

        var linked = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        var retried = await CheckoutApi.SubmitAsync(plan.LinkToken, InterCheckouts.PersonBody(), key);
        var created = ApiServer.InterSandbox.Charges.Skip(before).ToList();

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(created, Has.Count.EqualTo(1));
        Assert.That(linked.ProviderChargeId, Is.EqualTo(created[0].CodigoSolicitacao));
        Assert.That(linked.Status, Is.AnyOf(ChargeStatus.Processing, ChargeStatus.AwaitingPayment));
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ReadErrors_AreRetried()
    {
        // The look-up by seuNumero is a GET, so the resilience pipeline retries it.
        ApiServer.InterSandbox.Faults.FailNext(2, 503, "GET", IssuePath);
        var plan = await InterCheckouts.CreatePlanAsync();

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, InterCheckouts.PersonBody(), Guid.NewGuid().ToString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task ClientCertificate_IsRequired()
    {
        var sandbox = ApiServer.InterSandbox;
        using var authority = X509Certificate2.CreateFromPem(sandbox.CertificateAuthorityPem);
        using var clientCertificate = X509CertificateLoader.LoadPkcs12(sandbox.ClientCertificatePfx.Span, sandbox.ClientCertificatePassword);
        using var withoutCertificate = new HttpClient(TrustingHandler(authority, null)) { BaseAddress = sandbox.BaseAddress };
        using var withCertificate = new HttpClient(TrustingHandler(authority, clientCertificate)) { BaseAddress = sandbox.BaseAddress };
        var form = new Dictionary<string, string>
        {
            ["client_id"] = "inter-sandbox-client-id",
            ["client_secret"] = "inter-sandbox-client-secret",
            ["grant_type"] = "client_credentials",
            ["scope"] = "boleto-cobranca.read",
        };

        var refused = Assert.CatchAsync<HttpRequestException>(() => withoutCertificate.PostAsync("oauth/v2/token", new FormUrlEncodedContent(form)));
        var accepted = await withCertificate.PostAsync("oauth/v2/token", new FormUrlEncodedContent(form));
        var token = await CheckoutApi.ReadJsonAsync(accepted);

        Assert.That(refused, Is.Not.Null, "the TLS handshake fails without a client certificate");
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(token["scope"]!.GetValue<string>(), Is.EqualTo("boleto-cobranca.read"));
    }

    [Test]
    public async Task WrongScope_IsForbidden()
    {
        var sandbox = ApiServer.InterSandbox;
        using var authority = X509Certificate2.CreateFromPem(sandbox.CertificateAuthorityPem);
        using var clientCertificate = X509CertificateLoader.LoadPkcs12(sandbox.ClientCertificatePfx.Span, sandbox.ClientCertificatePassword);
        using var client = new HttpClient(TrustingHandler(authority, clientCertificate)) { BaseAddress = sandbox.BaseAddress };
        var token = await CheckoutApi.ReadJsonAsync(await client.PostAsync("oauth/v2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "inter-sandbox-client-id",
            ["client_secret"] = "inter-sandbox-client-secret",
            ["grant_type"] = "client_credentials",
            ["scope"] = "boleto-cobranca.read",
        })));
        using var issue = new HttpRequestMessage(HttpMethod.Post, "cobranca/v3/cobrancas") { Content = JsonContent.Create(new { seuNumero = "X" }) };
        issue.Headers.Authorization = new("Bearer", token["access_token"]!.GetValue<string>());

        var response = await client.SendAsync(issue);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a read token cannot issue");
    }

    private static async Task AssertUnavailableThenRecoveredAsync(string? expectedRetryAfter)
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var key = Guid.NewGuid().ToString();
        var before = ApiServer.InterSandbox.Charges.Count;

        var failed = await CheckoutApi.SubmitAsync(plan.LinkToken, InterCheckouts.PersonBody(), key);
        var problem = await CheckoutApi.ReadJsonAsync(failed);
        var pending = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        var retried = await CheckoutApi.SubmitAsync(plan.LinkToken, InterCheckouts.PersonBody(), key);
        var checkout = await CheckoutApi.ReadJsonAsync(retried);
        var created = ApiServer.InterSandbox.Charges.Skip(before).ToList();
        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/provider-unavailable"));
        Assert.That(failed.Headers.RetryAfter, Is.Not.Null);
        if (expectedRetryAfter is not null)
        {
            Assert.That(failed.Headers.RetryAfter!.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expectedRetryAfter));
        }

        Assert.That(pending.Status, Is.EqualTo(ChargeStatus.Pending), "the records are kept pending");
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the replay returns the first checkout");
        Assert.That(InterCheckouts.PaymentStatus(checkout), Is.AnyOf("processing", "awaitingPayment"));
        Assert.That(created, Has.Count.EqualTo(1), "one Inter boleto for one charge");
        Assert.That(charge.ProviderChargeId, Is.EqualTo(created[0].CodigoSolicitacao));
    }

    private static SocketsHttpHandler TrustingHandler(X509Certificate2 authority, X509Certificate2? clientCertificate)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
            CustomTrustStore = { authority },
        };
        if (clientCertificate is not null)
        {
            handler.SslOptions.ClientCertificates = [clientCertificate];
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => clientCertificate;
        }

        return handler;
    }
}
