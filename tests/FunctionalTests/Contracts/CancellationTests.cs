using System.Net;
using System.Net.Http.Json;
using Conexa.Application.Billing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Emails;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Reliability.Callbacks;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Contracts;

/// <summary>The operator cancels a contracting that awaits its first payment: nothing is charged and nothing stays payable.</summary>
public sealed class CancellationTests
{
    [TearDown]
    public void ResetClock() => ApiServer.Clock.Reset();

    [Test]
    public async Task AwaitingPix_CancelsEverything()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody("pix");
        var email = $"cancelada-{Guid.NewGuid():N}@example.com";
        body["customer"]!["email"] = email;
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(created["contractId"]!.GetValue<string>());
        var txid = await ApiServer.QueryAsync(db => db.Charges.Where(c => c.ContractId == contractId).Select(c => c.ProviderChargeId!).SingleAsync());
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsync($"/api/contracts/{contractId}/cancellation", null);
        var contract = await CheckoutApi.ReadJsonAsync(response);
        var sent = await SentEmails.WaitForAsync(
            plan.TenantId,
            EmailKind.ContractCancelled,
            () => ApiServer.Sandbox.Cobs.Single(c => c.Txid == txid).Status != "ATIVA");
        var page = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/checkouts/{created["checkoutId"]!.GetValue<string>()}"));
        var audit = await ApiServer.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == contractId && a.Action == "contract.cancelled"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), contract.ToJsonString());
        Assert.That(contract["status"]!.GetValue<string>(), Is.EqualTo("cancelled"));
        Assert.That(contract["cancellationReason"]!.GetValue<string>(), Is.EqualTo("byOperator"));
        Assert.That(contract["cancelledAt"], Is.Not.Null);
        Assert.That(contract["payUntil"], Is.Null);
        Assert.That(contract["charges"]!.AsArray().Select(c => c!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "cancelled" }));
        Assert.That(ApiServer.Sandbox.Cobs.Single(c => c.Txid == txid).Status, Is.EqualTo("REMOVIDA_PELO_USUARIO_RECEBEDOR"), "the Pix code can no longer be paid");
        Assert.That(audit.Actor, Does.StartWith("user:"));
        Assert.That(
            contract["audit"]!.AsArray().Single(a => a!["action"]!.GetValue<string>() == "contract.cancelled")!["actorName"]!.GetValue<string>(),
            Is.EqualTo("Admin de teste"),
            "the history names who cancelled");
        Assert.That(sent, Is.Not.Null);
        Assert.That(sent!.To, Is.EqualTo(email));
        Assert.That(sent.Body, Does.Contain("antes do primeiro pagamento"));
        Assert.That(sent.Body, Does.Not.Contain("não foi concluído"));
        Assert.That(page["contractCancelled"]!.GetValue<bool>(), Is.True);
        Assert.That(page["cancellationReason"]!.GetValue<string>(), Is.EqualTo("byOperator"));
        Assert.That(page["payment"]!["pixCopyPaste"], Is.Null);
    }

    [Test]
    public async Task AwaitingPayment_ShowsPayUntil()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var writeOffDays = await ApiServer.QueryAsync(db => db.Tenants.Where(t => t.Id == plan.TenantId).Select(t => t.WriteOffDays).SingleAsync());
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var contract = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{created["contractId"]!.GetValue<string>()}"));

        Assert.That(contract["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
        Assert.That(contract["payUntil"]!.GetValue<string>(), Is.EqualTo(new DateOnly(2027, 3, 10).AddDays(writeOffDays).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(contract["payUntil"]!.GetValue<string>(), Is.EqualTo(created["payUntil"]!.GetValue<string>()), "the same day the customer's page shows");
        Assert.That(contract["cancellationReason"], Is.Null);
    }

    [Test]
    public async Task PaidContract_IsRejected()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(created["contractId"]!.GetValue<string>());
        var txid = await ApiServer.QueryAsync(db => db.Charges.Where(c => c.ContractId == contractId).Select(c => c.ProviderChargeId!).SingleAsync());
        await ApiServer.Sandbox.PayPixAsync(txid);
        await CheckoutApi.WaitForAsync(created["checkoutId"]!.GetValue<string>(), c => c["status"]!.GetValue<string>() == "active");
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsync($"/api/contracts/{contractId}/cancellation", null);
        var problem = await CheckoutApi.ReadJsonAsync(response);
        var contract = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("contract-not-awaiting-payment"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("encerre o contrato"));
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Active));
    }

    [Test]
    public async Task TerminationRecordedBeforePayment_StillCancels()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(created["contractId"]!.GetValue<string>());
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var endDate = await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.StartDate).SingleAsync());
        var termination = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = endDate.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });

        var response = await admin.PostAsync($"/api/contracts/{contractId}/cancellation", null);
        var openCharges = await ApiServer.QueryAsync(db => db.Charges.CountAsync(c => c.ContractId == contractId && c.Status != ChargeStatus.Cancelled));

        Assert.That(termination.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the customer never had access, so the operator may still cancel");
        Assert.That(openCharges, Is.Zero, "the pro-rata the termination billed is cancelled too");
    }

    [Test]
    public async Task ConcurrentCancellations_OneWins()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = created["contractId"]!.GetValue<string>();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.PostAsync($"/api/contracts/{contractId}/cancellation", null)));
        var audits = await ApiServer.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == Guid.Parse(contractId) && a.Action == "contract.cancelled"));
        var again = await CheckoutApi.ReadJsonAsync(await admin.PostAsync($"/api/contracts/{contractId}/cancellation", null));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(responses.Where(r => r.StatusCode != HttpStatusCode.OK).Select(r => r.StatusCode), Is.All.AnyOf(HttpStatusCode.UnprocessableEntity, HttpStatusCode.Conflict));
        Assert.That(audits, Is.EqualTo(1));
        Assert.That(again["type"]!.GetValue<string>(), Does.EndWith("contract-cancelled"));
    }

    [Test]
    public async Task PaymentBeingStarted_IsRejected()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(created["contractId"]!.GetValue<string>());

        // A checkout leaves its charge pending, under a payment start lease, while it calls the provider.
        await ApiServer.QueryAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"""UPDATE "Charges" SET "Status" = {nameof(ChargeStatus.Pending)}, "PaymentStartLeaseUntil" = {DateTimeOffset.UtcNow.AddSeconds(60)} WHERE "ContractId" = {contractId}"""));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsync($"/api/contracts/{contractId}/cancellation", null);
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), problem.ToJsonString());
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("payment-starting"));
        Assert.That(await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.Status).SingleAsync()), Is.EqualTo(ContractStatus.AwaitingPayment));
    }

    [Test]
    public async Task PixPaidBeforeCancellation_BecomesCredit()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(created["contractId"]!.GetValue<string>());
        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.ContractId == contractId));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        // The customer pays the Pix code, and EFI's callback arrives only after the operator cancelled the contracting.
        await CallbackSender.PayPixWithoutCallbackAsync(charge.ProviderChargeId!);

        var cancellation = await admin.PostAsync($"/api/contracts/{contractId}/cancellation", null);
        var delivery = await CallbackSender.SendPixAsync(charge.ProviderChargeId!);
        var contract = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}"));
        var audit = await ApiServer.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleOrDefaultAsync(a => a.EntityId == charge.Id && a.Action == "charge.paid-after-cancellation"));
        var notice = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.PaymentAfterCancellation);

        Assert.That(cancellation.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(delivery.IsSuccessStatusCode, Is.True, await delivery.Content.ReadAsStringAsync());
        Assert.That(contract["status"]!.GetValue<string>(), Is.EqualTo("cancelled"), "a payment does not restart a cancelled contracting");
        Assert.That(contract["charges"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("paid"), "the money arrived");
        Assert.That(contract["creditAmount"]!.GetValue<decimal>(), Is.EqualTo(charge.Amount));
        Assert.That(audit, Is.Not.Null);
        Assert.That(audit!.Actor, Is.EqualTo("provider:efi"));
        Assert.That(notice, Is.Not.Null, "the operator is told to refund or use the credit");
        Assert.That(notice!.Body, Does.Contain("450,00"));
        Assert.That(notice.Body, Does.Contain($"/admin/contratos/{contractId}"));
        Assert.That(await ApiServer.QueryAsync(db => db.EmailMessages.AnyAsync(m => m.TenantId == plan.TenantId && m.Kind == EmailKind.PaymentConfirmed)), Is.False, "no confirmation of a contract that does not run");
    }

    [Test]
    public async Task InterBoletoPaidAfterCancellation_BecomesCredit()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var (checkoutId, _) = await InterCheckouts.SubmitAsync(plan);
        var issued = await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "awaitingPayment");
        var contractId = Guid.Parse(issued["contractId"]!.GetValue<string>());

        // The operator's cancellation is saved here, and the customer pays the boleto before it reaches Inter.
        await ApiServer.QueryAsync(db => db.Charges.Where(c => c.ContractId == contractId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, ChargeStatus.Cancelled)));
        await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, ContractStatus.Cancelled)));
        var pay = await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        var page = await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "paid");
        var credit = await ApiServer.QueryAsync(db => db.CustomerCredits.Where(c => c.ContractId == contractId).Select(c => c.Amount).ToListAsync());
        var notice = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.PaymentAfterCancellation);

        Assert.That(pay.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(InterCheckouts.PaymentStatus(page), Is.EqualTo("paid"), "the money arrived");
        Assert.That(page["contractCancelled"]!.GetValue<bool>(), Is.True);
        Assert.That(credit, Has.Count.EqualTo(1));
        Assert.That(notice, Is.Not.Null);
    }

    [Test]
    public async Task DeclinedCardCancelled_RetryIsRejected()
    {
        var plan = await TestPlans.CreateAsync();
        var declined = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-declined"), Guid.NewGuid().ToString()));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var cancellation = await admin.PostAsync($"/api/contracts/{declined["contractId"]!.GetValue<string>()}/cancellation", null);
        var chargesBefore = ApiServer.Sandbox.Charges.Count;

        var retry = await ApiServer.Client.PostAsJsonAsync($"/api/public/checkouts/{declined["checkoutId"]!.GetValue<string>()}/payments", new { method = "card", cardToken = "sandbox-approved" });
        var problem = await CheckoutApi.ReadJsonAsync(retry);

        Assert.That(cancellation.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), problem.ToJsonString());
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("contract-closed"));
        Assert.That(ApiServer.Sandbox.Charges, Has.Count.EqualTo(chargesBefore), "no card charge at EFI");
    }

    [Test]
    public async Task Reason_GoesToHistory()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(created["contractId"]!.GetValue<string>());
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var misspelt = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/cancellation", new { motivo = "Cliente desistiu" });
        var tooLong = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/cancellation", new { reason = new string('x', 501) });
        var response = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/cancellation", new { reason = " Cliente desistiu " });
        var audit = await ApiServer.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityId == contractId && a.Action == "contract.cancelled"));

        Assert.That(misspelt.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "an unknown field is rejected, not dropped");
        Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await CheckoutApi.ReadJsonAsync(tooLong))["errors"]!["reason"], Is.Not.Null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(audit.Details, Does.EndWith("Motivo: Cliente desistiu"));
    }

    [Test]
    public async Task WrittenOffPixPaidLate_BecomesCredit()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(created["contractId"]!.GetValue<string>());
        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.ContractId == contractId));

        // The customer pays on the last day, and EFI's callback arrives after the write-off cancelled the contracting.
        await CallbackSender.PayPixWithoutCallbackAsync(charge.ProviderChargeId!);

        await ApiServer.QueryAsync(db => db.Charges.Where(c => c.Id == charge.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.DueDate, c => c.DueDate.AddDays(-40))));
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OverdueRunner>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        var writtenOff = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.Id == charge.Id));
        var delivery = await CallbackSender.SendPixAsync(charge.ProviderChargeId!);
        var contract = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId));
        var credits = await ApiServer.QueryAsync(db => db.CustomerCredits.Where(c => c.ContractId == contractId).Select(c => c.Amount).ToListAsync());

        Assert.That(writtenOff.Status, Is.EqualTo(ChargeStatus.WrittenOff));
        Assert.That(delivery.IsSuccessStatusCode, Is.True);
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Cancelled), "a late payment does not restart the contracting");
        Assert.That(credits, Is.EqualTo(new[] { charge.Amount }));
        Assert.That(await SentEmails.WaitForAsync(plan.TenantId, EmailKind.PaymentAfterCancellation), Is.Not.Null);
    }

    [Test]
    public async Task InterBoletoRegistering_IsRejected()
    {
        var plan = await InterCheckouts.CreatePlanAsync();

        // Inter registers a boleto in the background and cannot cancel it until it is registered. Its webhook is
        // dropped, so the registration does not reach the charge while the test runs.
        ApiServer.InterSandbox.Faults.DropDeliveries = true;
        HttpResponseMessage cancellation;
        HttpResponseMessage termination;
        Guid contractId;
        try
        {
            var (_, created) = await InterCheckouts.SubmitAsync(plan);
            contractId = Guid.Parse(created["contractId"]!.GetValue<string>());
            await ApiServer.QueryAsync(db => db.Charges.Where(c => c.ContractId == contractId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, ChargeStatus.Processing)));
            using var admin = await AdminClients.SignInAsync(plan.TenantId);

            cancellation = await admin.PostAsync($"/api/contracts/{contractId}/cancellation", null);
            termination = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        }
        finally
        {
            ApiServer.InterSandbox.Faults.DropDeliveries = false;
        }

        Assert.That(cancellation.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await CheckoutApi.ReadJsonAsync(cancellation))["type"]!.GetValue<string>(), Does.EndWith("payment-starting"));
        Assert.That(termination.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.Status).SingleAsync()), Is.EqualTo(ContractStatus.AwaitingPayment));
    }

    [Test]
    public async Task ReasonWithHiddenCharacters_IsRejected()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsJsonAsync($"/api/contracts/{created["contractId"]!.GetValue<string>()}/cancellation", new { reason = "a\u0000b\u202e<script>" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await CheckoutApi.ReadJsonAsync(response))["errors"]!["reason"]![0]!.GetValue<string>(), Does.Contain("caracteres de controle"));
    }
}
