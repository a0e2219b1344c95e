using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conexa.Application.Billing;
using Conexa.Application.Payments.Reconciliation;
using Conexa.Domain.Contracts;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Payments;

/// <summary>Inter boleto with Pix, end to end: the API talks to the Inter sandbox over mutual TLS.</summary>
public sealed class InterBoletoTests
{
    [TearDown]
    public void ResetSandbox()
    {
        ApiServer.InterSandbox.Faults.Reset();
        ApiServer.Clock.Reset();
    }

    [Test]
    public async Task Tokens_AreCachedPerScopeUntilExpiry()
    {
        const string TokenPath = "/oauth/v2/token";

        // The cached tokens are shared by the whole run, and another test may have cached one while its clock was
        // frozen years ahead. Starting later than any test's clock makes the first checkout fetch fresh tokens.
        var start = new DateTimeOffset(2099, 1, 1, 12, 0, 0, TimeSpan.Zero);
        ApiServer.Clock.Freeze(start);
        var plan = await InterCheckouts.CreatePlanAsync();
        await InterCheckouts.SubmitAsync(plan);
        var warm = ApiServer.InterSandbox.CountRequests("POST", TokenPath);

        await InterCheckouts.SubmitAsync(plan);
        var cached = ApiServer.InterSandbox.CountRequests("POST", TokenPath);
        ApiServer.Clock.Freeze(start.AddHours(2));
        await InterCheckouts.SubmitAsync(plan);
        var renewed = ApiServer.InterSandbox.CountRequests("POST", TokenPath);

        Assert.That(cached, Is.EqualTo(warm), "a second checkout reuses both tokens");
        Assert.That(renewed, Is.EqualTo(cached + 2), "after the sandbox's one-hour lifetime, one new token per scope (read to look up, write to issue)");
    }

    [Test]
    public async Task InterBoleto_ProcessingThenIssued()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var (checkoutId, created) = await InterCheckouts.SubmitAsync(plan);

        var issued = await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "awaitingPayment");
        var payment = issued["payment"]!;
        var pdf = await ApiServer.Client.GetAsync(payment["boletoPdfUrl"]!.GetValue<string>());
        var pdfBytes = await pdf.Content.ReadAsByteArrayAsync();

        Assert.That(InterCheckouts.PaymentStatus(created), Is.EqualTo("processing"), "the first response comes before Inter registers the boleto");
        Assert.That(created["payment"]!["provider"]!.GetValue<string>(), Is.EqualTo("inter"));
        Assert.That(created["payment"]!["boletoDigitableLine"]?.GetValue<string>(), Is.Null);
        Assert.That(payment["boletoDigitableLine"]!.GetValue<string>().Count(char.IsAsciiDigit), Is.EqualTo(47));
        Assert.That(payment["boletoBarcode"]!.GetValue<string>(), Has.Length.EqualTo(44));
        Assert.That(BoletoNumbers.BarcodeFromDigitableLine(payment["boletoDigitableLine"]!.GetValue<string>()), Is.EqualTo(payment["boletoBarcode"]!.GetValue<string>()), "line and barcode describe the same boleto");
        Assert.That(payment["pixCopyPaste"]!.GetValue<string>(), Does.StartWith("000201"));
        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(pdf.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(System.Text.Encoding.ASCII.GetString(pdfBytes, 0, 5), Is.EqualTo("%PDF-"));
    }

    [Test]
    public async Task InterBoleto_SendsSevenPayerFields()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var before = ApiServer.InterSandbox.Charges.Count;

        await InterCheckouts.SubmitAsync(plan);
        var charge = ApiServer.InterSandbox.Charges.Skip(before).Single();

        Assert.That(charge.SeuNumero, Has.Length.EqualTo(15));
        Assert.That(charge.ValorNominal, Is.EqualTo(450.00m));
        Assert.That(charge.CpfCnpj, Is.EqualTo("52998224725"), "digits only, no mask");
    }

    [Test]
    public async Task PaidBoleto_ActivatesContractThroughWebhook()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var (checkoutId, _) = await InterCheckouts.SubmitAsync(plan);
        await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "awaitingPayment");

        var pay = await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        var checkout = await CheckoutApi.WaitForAsync(checkoutId, c => c["status"]!.GetValue<string>() == "active");

        Assert.That(pay.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(InterCheckouts.PaymentStatus(checkout), Is.EqualTo("paid"));
    }

    [Test]
    public async Task DuplicateAndOutOfOrderArrays_ApplyOnce()
    {
        ApiServer.InterSandbox.Faults.DuplicateDeliveries = true;
        ApiServer.InterSandbox.Faults.OutOfOrderDeliveries = true;
        var plan = await InterCheckouts.CreatePlanAsync();
        var (checkoutId, _) = await InterCheckouts.SubmitAsync(plan);
        await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "awaitingPayment");
        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/inter/pay-pix", null);
        await CheckoutApi.WaitForAsync(checkoutId, c => c["status"]!.GetValue<string>() == "active");
        var paid = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

        // Every array the sandbox sent, sent again newest first: older states (A_RECEBER) after RECEBIDO.
        var payloads = await WaitForPayloadsAsync(paid.ProviderChargeId!, 4);
        payloads.Reverse();
        var responses = new List<HttpStatusCode>();
        foreach (var payload in payloads)
        {
            responses.Add((await ApiServer.Client.PostAsync("/api/webhooks/inter", new StringContent(payload, System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        }

        var after = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        var paidAudits = await ApiServer.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == paid.Id && a.Action == "charge.paid"));
        var contract = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(payloads, Has.Count.GreaterThanOrEqualTo(4), "two changes, each array sent twice");
        Assert.That(responses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(after.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(after.PaidAt, Is.EqualTo(paid.PaidAt));
        Assert.That(after.Version, Is.EqualTo(paid.Version), "no replay changed the charge");
        Assert.That(paidAudits, Is.EqualTo(1));
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Active));
    }

    [Test]
    public async Task ForgedItem_IsReadBackNotTrusted()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var (checkoutId, _) = await InterCheckouts.SubmitAsync(plan);
        await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "awaitingPayment");
        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

        var forged = new JsonArray(new JsonObject
        {
            ["codigoSolicitacao"] = charge.ProviderChargeId,
            ["situacao"] = "RECEBIDO",
            ["valorTotalRecebido"] = 450.00m,
        });
        var response = await ApiServer.Client.PostAsync("/api/webhooks/inter", JsonContent.Create(forged));
        var after = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after.Status, Is.EqualTo(ChargeStatus.AwaitingPayment), "Inter still reports A_RECEBER");
    }

    [Test]
    public async Task UnknownId_IsIgnoredWithoutCallingInter()
    {
        var unknown = Guid.NewGuid().ToString();
        var body = new JsonArray(new JsonObject { ["codigoSolicitacao"] = unknown, ["situacao"] = "RECEBIDO" });

        var response = await ApiServer.Client.PostAsync("/api/webhooks/inter", JsonContent.Create(body));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ApiServer.InterSandbox.CountRequests("GET", $"/cobranca/v3/cobrancas/{unknown}"), Is.Zero);
        Assert.That(ApiServer.Logs.Contains(unknown), Is.True, "the unknown id is logged");
    }

    [TestCase("{}")]
    [TestCase("[]")]
    [TestCase("[{\"codigoSolicitacao\":\"not-a-uuid\"}]")]
    public async Task MalformedCallback_IsRejected(string body)
    {
        var response = await ApiServer.Client.PostAsync("/api/webhooks/inter", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task LostWebhooks_AreHealedByReconciliation()
    {
        ApiServer.InterSandbox.Faults.DropDeliveries = true;
        var plan = await InterCheckouts.CreatePlanAsync();
        var (checkoutId, _) = await InterCheckouts.SubmitAsync(plan);
        var providerId = (await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId))).ProviderChargeId!;
        await WaitForSandboxAsync(providerId, "A_RECEBER");

        var stillProcessing = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/checkouts/{checkoutId}"));
        var firstRun = await RunReconciliationAsync();
        var issued = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/checkouts/{checkoutId}"));
        ApiServer.InterSandbox.Apply(providerId, "pay");
        var secondRun = await RunReconciliationAsync();
        var paid = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/checkouts/{checkoutId}"));
        var thirdRun = await RunReconciliationAsync();

        Assert.That(InterCheckouts.PaymentStatus(stillProcessing), Is.EqualTo("processing"), "the webhook was dropped");
        Assert.That(firstRun.ChargesChanged, Is.GreaterThanOrEqualTo(1));
        Assert.That(InterCheckouts.PaymentStatus(issued), Is.EqualTo("awaitingPayment"));
        Assert.That(issued["payment"]!["boletoDigitableLine"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(secondRun.ChargesChanged, Is.GreaterThanOrEqualTo(1));
        Assert.That(paid["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(InterCheckouts.PaymentStatus(paid), Is.EqualTo("paid"));
        Assert.That(thirdRun.ChargesChanged, Is.Zero, "a paid charge is no longer read");
    }

    [Test]
    public async Task StillRegisteringPastDueDate_FallsOverdue()
    {
        // Inter's calls run at the real time, because its access tokens are cached for the whole test run.
        ApiServer.InterSandbox.Faults.DropDeliveries = true;
        var plan = await InterCheckouts.CreatePlanAsync();
        await InterCheckouts.SubmitAsync(plan);
        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

        // Two days after the due date, Inter's registration has still not reached the charge.
        ApiServer.Clock.Freeze(DateTimeOffset.UtcNow.AddDays(5));
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OverdueRunner>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        ApiServer.Clock.Reset();
        var overdue = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.Id == charge.Id));
        await WaitForSandboxAsync(charge.ProviderChargeId!, "A_RECEBER");
        await RunReconciliationAsync();
        var registered = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.Id == charge.Id));

        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Processing));
        Assert.That(overdue.Status, Is.EqualTo(ChargeStatus.Overdue));
        Assert.That(registered.Status, Is.EqualTo(ChargeStatus.Overdue), "the registration keeps it overdue");
        Assert.That(registered.BoletoDigitableLine, Is.Not.Empty);
    }

    [Test]
    public async Task BoletoPdf_ServedWhilePayable()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var (checkoutId, _) = await InterCheckouts.SubmitAsync(plan);
        var issued = await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "awaitingPayment");
        var pdfPath = issued["payment"]!["boletoPdfUrl"]!.GetValue<string>();

        await SetChargeStatusAsync(plan, ChargeStatus.Overdue);
        var overdue = await ApiServer.Client.GetAsync(pdfPath);
        await SetChargeStatusAsync(plan, ChargeStatus.Paid);
        var paid = await ApiServer.Client.GetAsync(pdfPath);

        Assert.That(overdue.StatusCode, Is.EqualTo(HttpStatusCode.OK), "an overdue boleto can still be paid");
        Assert.That(overdue.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var problem = await CheckoutApi.ReadJsonAsync(paid);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("já foi pago"), "a paid boleto's link no longer says to wait for it");
    }

    private static Task SetChargeStatusAsync(TestPlan plan, ChargeStatus status) =>
        ApiServer.QueryAsync(db => db.Charges
            .Where(c => c.TenantId == plan.TenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, status)));

    [Test]
    public async Task ReconciliationRunsConcurrently_AppliesOnce()
    {
        ApiServer.InterSandbox.Faults.DropDeliveries = true;
        var plan = await InterCheckouts.CreatePlanAsync();
        await InterCheckouts.SubmitAsync(plan);
        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        await WaitForSandboxAsync(charge.ProviderChargeId!, "A_RECEBER");
        ApiServer.InterSandbox.Apply(charge.ProviderChargeId!, "pay");

        await Task.WhenAll(RunReconciliationAsync(), RunReconciliationAsync(), RunReconciliationAsync());
        var after = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.Id == charge.Id));
        var paidAudits = await ApiServer.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == charge.Id && a.Action == "charge.paid"));

        Assert.That(after.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(paidAudits, Is.EqualTo(1));
    }

    [TestCase("expire")]
    [TestCase("cancel")]
    public async Task ClosedAtInter_CancelsTheCharge(string action)
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var (checkoutId, _) = await InterCheckouts.SubmitAsync(plan);
        await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "awaitingPayment");

        var change = await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/inter/{action}", null);
        var checkout = await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "cancelled");
        var payAfter = await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);

        Assert.That(change.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(InterCheckouts.PaymentStatus(checkout), Is.EqualTo("cancelled"));
        Assert.That(checkout["payment"]!["declineReason"]!.GetValue<string>(), Does.Contain("Banco Inter"));
        Assert.That(payAfter.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [TestCase("expire")]
    [TestCase("cancel")]
    public async Task ClosedAtInter_CanBePaidByPix(string action)
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var (checkoutId, _) = await InterCheckouts.SubmitAsync(plan);
        await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "awaitingPayment");
        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/inter/{action}", null);
        var closed = await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "cancelled");
        var email = await SentEmails.WaitForAsync(plan.TenantId, Domain.Emails.EmailKind.BoletoClosed);

        var retry = await ApiServer.Client.PostAsJsonAsync($"/api/public/checkouts/{checkoutId}/payments", new { method = "pix" });
        var retried = await CheckoutApi.ReadJsonAsync(retry);
        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        var paid = await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "paid");

        var chargeId = await ApiServer.QueryAsync(db => db.Charges.Where(c => c.TenantId == plan.TenantId).Select(c => c.Id).SingleAsync());
        var history = await ApiServer.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == chargeId).ToListAsync());
        Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("paymentDeclined"), "the customer is offered another way to pay");
        Assert.That(email, Is.Not.Null, "the customer is told the boleto can no longer be paid");
        Assert.That(email!.Body, Does.Contain($"/result/{checkoutId}"));
        Assert.That(email.Body, Does.Contain("Banco Inter"));
        Assert.That(history.Single(a => a.Action == "charge.closed-by-provider").Details, Does.Contain("Banco Inter"));
        Assert.That(history.Single(a => a.Action == "charge.retried").Details, Is.EqualTo("Pix (EFI)."));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(retried["payment"]!["method"]!.GetValue<string>(), Is.EqualTo("pix"));
        Assert.That(retried["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
        Assert.That(retried["payment"]!["pixCopyPaste"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(paid["status"]!.GetValue<string>(), Is.EqualTo("active"));
    }

    [Test]
    public async Task ExpiredOnInterOnlyPlan_NewBoletoIssued()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        await ApiServer.QueryAsync(async db =>
        {
            var stored = await db.Plans.SingleAsync(p => p.Id == plan.PlanId);
            stored.SetPaymentOptions([new Domain.Plans.PaymentOption(Domain.Plans.PaymentMethod.Boleto, Domain.Plans.PaymentProvider.Inter)]);
            return await db.SaveChangesAsync();
        });
        var (checkoutId, _) = await InterCheckouts.SubmitAsync(plan);
        await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "awaitingPayment");
        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/inter/expire", null);
        await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "cancelled");
        var before = ApiServer.InterSandbox.Charges.Count;

        var retry = await ApiServer.Client.PostAsJsonAsync($"/api/public/checkouts/{checkoutId}/payments", new { method = "boleto" });
        var issued = await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "awaitingPayment");

        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.OK), await retry.Content.ReadAsStringAsync());
        Assert.That(ApiServer.InterSandbox.Charges.Count - before, Is.EqualTo(1), "one new boleto at Inter");
        Assert.That(issued["payment"]!["provider"]!.GetValue<string>(), Is.EqualTo("inter"));
        Assert.That(issued["payment"]!["boletoDigitableLine"]!.GetValue<string>(), Is.Not.Empty);
    }

    [Test]
    public async Task AlphanumericCnpj_IsSentAsIs()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var before = ApiServer.InterSandbox.Charges.Count;

        var (_, checkout) = await InterCheckouts.SubmitAsync(plan, InterCheckouts.CompanyBody());
        var charge = ApiServer.InterSandbox.Charges.Skip(before).Single();

        Assert.That(InterCheckouts.PaymentStatus(checkout), Is.EqualTo("processing"));
        Assert.That(charge.CpfCnpj, Is.EqualTo("12ABC34501DE35"));
    }

    [Test]
    public async Task AlphanumericCnpjRejected_ShowsTheReason()
    {
        ApiServer.InterSandbox.Faults.RejectAlphanumericCnpj = true;
        var plan = await InterCheckouts.CreatePlanAsync();

        var (_, checkout) = await InterCheckouts.SubmitAsync(plan, InterCheckouts.CompanyBody());

        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("paymentDeclined"));
        Assert.That(checkout["payment"]!["declineReason"]!.GetValue<string>(), Does.Contain("CNPJ alfanumérico"));
    }

    [Test]
    public async Task ReturningCustomer_WithNewAddress_GetsABoleto()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());

        var (_, checkout) = await InterCheckouts.SubmitAsync(plan, InterCheckouts.PersonBody());
        var customer = await ApiServer.QueryAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(checkout["status"]!.GetValue<string>(), Is.Not.EqualTo("paymentDeclined"), checkout.ToJsonString());
        Assert.That(InterCheckouts.PaymentStatus(checkout), Is.EqualTo("processing"));
        Assert.That(customer.Address!.PostalCode, Is.EqualTo("01310100"), "the address the first checkout lacked is kept");
    }

    [Test]
    public async Task DeclinedBoleto_CanBePaidByPix()
    {
        ApiServer.InterSandbox.Faults.RejectAlphanumericCnpj = true;
        var plan = await InterCheckouts.CreatePlanAsync();
        var (checkoutId, _) = await InterCheckouts.SubmitAsync(plan, InterCheckouts.CompanyBody());

        var retry = await ApiServer.Client.PostAsJsonAsync(
            $"/api/public/checkouts/{checkoutId}/payments", new { method = "pix" });
        var checkout = await CheckoutApi.ReadJsonAsync(retry);

        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(checkout["payment"]!["method"]!.GetValue<string>(), Is.EqualTo("pix"));
        Assert.That(checkout["payment"]!["provider"]!.GetValue<string>(), Is.EqualTo("efi"));
        Assert.That(checkout["payment"]!["pixCopyPaste"]!.GetValue<string>(), Does.StartWith("000201"));
    }

    private static async Task<ReconciliationResult> RunReconciliationAsync()
    {
        await using var scope = ApiServer.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReconciliationRunner>().RunAsync(CancellationToken.None);
    }

    /// <summary>Waits up to ten seconds for <paramref name="count"/> webhook arrays that name the boleto, and returns them oldest first.</summary>
    private static async Task<List<string>> WaitForPayloadsAsync(string codigoSolicitacao, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var payloads = ApiServer.InterSandbox.WebhookPayloads().Where(p => p.Contains(codigoSolicitacao, StringComparison.Ordinal)).ToList();
            if (payloads.Count >= count || DateTime.UtcNow > deadline)
            {
                return payloads;
            }

            await Task.Delay(50);
        }
    }

    private static async Task WaitForSandboxAsync(string codigoSolicitacao, string situacao)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (ApiServer.InterSandbox.Charges.Single(c => c.CodigoSolicitacao == codigoSolicitacao).Situacao != situacao && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }
}
