using System.Net;
using System.Net.Http.Json;
using Conexa.Domain.Contracts;
using Conexa.Domain.Emails;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Reliability.Callbacks;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Contracts;

/// <summary>The operator records a payment the unit received outside the providers, such as cash or a transfer.</summary>
public sealed class ManualPaymentTests
{
    [TearDown]
    public void ResetFakes()
    {
        ApiServer.Clock.Reset();
        ApiServer.InterSandbox.Faults.Reset();
    }

    [Test]
    public async Task AwaitingPix_ActivatesAndWithdrawsCode()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var (plan, checkoutId, contractId, charge) = await PixContractingAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsJsonAsync(ManualPaymentRoute(contractId, charge.Id), new { note = " Transferência para a conta da unidade " });
        var contract = await CheckoutApi.ReadJsonAsync(response);
        var receipt = await SentEmails.WaitForAsync(
            plan.TenantId,
            EmailKind.PaymentConfirmed,
            () => ApiServer.Sandbox.Cobs.Single(c => c.Txid == charge.ProviderChargeId).Status != "ATIVA");
        var page = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/checkouts/{checkoutId}"));
        var entry = await ApiServer.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityId == charge.Id && a.Action == "charge.paid-manually"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), contract.ToJsonString());
        Assert.That(contract["status"]!.GetValue<string>(), Is.EqualTo("active"), "the first payment activates the contract");
        var paid = contract["charges"]![0]!;
        Assert.That(paid["status"]!.GetValue<string>(), Is.EqualTo("paid"));
        Assert.That(paid["paidOn"]!.GetValue<string>(), Is.EqualTo("2027-03-10"));
        Assert.That(paid["settledOutsideProvider"]!.GetValue<bool>(), Is.True);
        Assert.That(ApiServer.Sandbox.Cobs.Single(c => c.Txid == charge.ProviderChargeId).Status, Is.EqualTo("REMOVIDA_PELO_USUARIO_RECEBEDOR"), "the Pix code can no longer be paid");
        Assert.That(entry.Actor, Does.StartWith("user:"));
        Assert.That(entry.Details, Is.EqualTo("R$ 450,00 recebido fora dos provedores em 10/03/2027, registrado pelo estabelecimento. Observação: Transferência para a conta da unidade"));
        Assert.That(receipt, Is.Not.Null, "the customer gets the receipt");
        Assert.That(page["status"]!.GetValue<string>(), Is.EqualTo("active"));
    }

    [Test]
    public async Task EarlierDay_IsRecordedOnThatDay()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var (plan, _, contractId, charge) = await PixContractingAsync();
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 12, 2, 0, 0, TimeSpan.Zero));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var contract = await CheckoutApi.ReadJsonAsync(await admin.PostAsJsonAsync(ManualPaymentRoute(contractId, charge.Id), new { paidOn = "2027-03-10" }));
        var stored = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.Id == charge.Id));
        var activatedAt = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().Where(c => c.Id == contractId).Select(c => c.ActivatedAt).SingleAsync());

        Assert.That(contract["charges"]![0]!["paidOn"]!.GetValue<string>(), Is.EqualTo("2027-03-10"));
        Assert.That(stored.PaidAt, Is.EqualTo(new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero)), "noon in São Paulo");
        Assert.That(activatedAt, Is.EqualTo(new DateTimeOffset(2027, 3, 12, 2, 0, 0, TimeSpan.Zero)), "the contract changed when the payment was recorded, so its history stays in order");
    }

    [Test]
    public async Task PaidOnOutsideContract_IsRejected()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var (plan, _, contractId, charge) = await PixContractingAsync();

        // 02:00 UTC on 11 March is still 10 March in São Paulo, so 11 March is tomorrow.
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 11, 2, 0, 0, TimeSpan.Zero));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var future = await CheckoutApi.ReadJsonAsync(await admin.PostAsJsonAsync(ManualPaymentRoute(contractId, charge.Id), new { paidOn = "2027-03-11" }));
        var beforeStart = await CheckoutApi.ReadJsonAsync(await admin.PostAsJsonAsync(ManualPaymentRoute(contractId, charge.Id), new { paidOn = "2027-03-09" }));
        var tooLong = await admin.PostAsJsonAsync(ManualPaymentRoute(contractId, charge.Id), new { note = new string('x', 501) });
        var stored = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.Id == charge.Id));

        Assert.That(future["errors"]!["paidOn"]![0]!.GetValue<string>(), Is.EqualTo("A data do pagamento (11/03/2027) é depois de hoje (10/03/2027). Informe o dia em que o dinheiro foi recebido."));
        Assert.That(beforeStart["errors"]!["paidOn"]![0]!.GetValue<string>(), Does.Contain("antes do início do contrato (10/03/2027)"));
        Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(stored.Status, Is.EqualTo(ChargeStatus.AwaitingPayment), "nothing was recorded");
    }

    [Test]
    public async Task PixPaidAfterwards_BecomesCredit()
    {
        var (plan, _, contractId, charge) = await PixContractingAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        // The customer pays the Pix code too, before the withdrawal reaches EFI, and EFI's callback comes afterwards.
        await CallbackSender.PayPixWithoutCallbackAsync(charge.ProviderChargeId!);
        var recorded = await admin.PostAsJsonAsync(ManualPaymentRoute(contractId, charge.Id), new { });
        var delivery = await CallbackSender.SendPixAsync(charge.ProviderChargeId!);
        var again = await CallbackSender.SendPixAsync(charge.ProviderChargeId!);
        var contract = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}"));
        var notice = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.PaymentAfterCancellation);
        var twice = await ApiServer.QueryAsync(db => db.AuditEntries.AsNoTracking().CountAsync(a => a.EntityId == charge.Id && a.Action == "charge.paid-twice"));

        Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(delivery.IsSuccessStatusCode && again.IsSuccessStatusCode, Is.True);
        Assert.That(contract["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(contract["creditAmount"]!.GetValue<decimal>(), Is.EqualTo(charge.Amount), $"the second payment is owed back, once: {contract.ToJsonString()}");
        Assert.That(twice, Is.EqualTo(1));
        Assert.That(notice, Is.Not.Null);
        Assert.That(notice!.Subject, Does.StartWith("Pagamento em duplicidade"));
        Assert.That(notice.Body, Does.Contain("que já estava paga por outro meio"));
        Assert.That(charge.Amount, Is.EqualTo(450.00m), "the plan's 350.00 and its 100.00 adhesion fee");
        Assert.That(notice.Body, Does.Contain("O valor, R$ 450,00, ficou registrado como crédito do cliente."));
        Assert.That(notice.Body, Does.Not.Contain("quitou"), "no other charge was open");
    }

    [Test]
    public async Task PixPaidCallbackLost_FoundOnWithdrawal()
    {
        var (plan, _, contractId, charge) = await PixContractingAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        // The customer pays the Pix code too, and EFI's callback never arrives: the withdrawal finds the payment.
        await CallbackSender.PayPixWithoutCallbackAsync(charge.ProviderChargeId!);
        var recorded = await admin.PostAsJsonAsync(ManualPaymentRoute(contractId, charge.Id), new { });
        var notice = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.PaymentAfterCancellation);
        var contract = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}"));

        Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(notice, Is.Not.Null, "the unit learns of the second payment without EFI's callback");
        Assert.That(contract["creditAmount"]!.GetValue<decimal>(), Is.EqualTo(charge.Amount));
        Assert.That(contract["audit"]!.AsArray().Count(a => a!["action"]!.GetValue<string>() == "charge.paid-twice"), Is.EqualTo(1));
    }

    [Test]
    public async Task InterBoletoPaidCallbackLost_FoundOnWithdrawal()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var (checkoutId, created) = await InterCheckouts.SubmitAsync(plan);
        await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "awaitingPayment");
        var contractId = Guid.Parse(created["contractId"]!.GetValue<string>());
        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.ContractId == contractId));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        // The customer pays the boleto at the bank too, and Inter's callback never arrives: Inter rejects the cancellation of a
        // paid boleto, and the withdrawal reads it back.
        ApiServer.InterSandbox.Faults.DropDeliveries = true;
        ApiServer.InterSandbox.Apply(charge.ProviderChargeId!, "pay");
        var recorded = await admin.PostAsJsonAsync(ManualPaymentRoute(contractId, charge.Id), new { });
        var notice = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.PaymentAfterCancellation);
        var contract = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}"));

        Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ApiServer.InterSandbox.Charges.Single(c => c.CodigoSolicitacao == charge.ProviderChargeId).Situacao, Is.EqualTo("RECEBIDO"), "Inter kept the payment");
        Assert.That(notice, Is.Not.Null, "the unit learns of the second payment without Inter's callback");
        Assert.That(contract["creditAmount"]!.GetValue<decimal>(), Is.EqualTo(charge.Amount));
        Assert.That(contract["audit"]!.AsArray().Count(a => a!["action"]!.GetValue<string>() == "charge.paid-twice"), Is.EqualTo(1));
    }

    [Test]
    public async Task ClosedOrStartingCharges_AreRejected()
    {
        var (plan, _, contractId, charge) = await PixContractingAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var first = await admin.PostAsJsonAsync(ManualPaymentRoute(contractId, charge.Id), new { });

        var paidAgain = await admin.PostAsJsonAsync(ManualPaymentRoute(contractId, charge.Id), new { });
        var problem = await CheckoutApi.ReadJsonAsync(paidAgain);
        var unknown = await admin.PostAsJsonAsync(ManualPaymentRoute(contractId, Guid.NewGuid()), new { });

        var (_, _, startingContractId, starting) = await PixContractingAsync(plan);
        await ApiServer.QueryAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"""UPDATE "Charges" SET "Status" = {nameof(ChargeStatus.Pending)}, "PaymentStartLeaseUntil" = {DateTimeOffset.UtcNow.AddSeconds(60)} WHERE "Id" = {starting.Id}"""));
        var whileStarting = await admin.PostAsJsonAsync(ManualPaymentRoute(startingContractId, starting.Id), new { });
        var audits = await ApiServer.QueryAsync(db => db.AuditEntries.AsNoTracking().CountAsync(a => a.EntityId == charge.Id && a.Action == "charge.paid-manually"));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(paidAgain.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo("Esta cobrança já está paga e não pode receber um pagamento manual."));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(whileStarting.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(audits, Is.EqualTo(1));
    }

    [Test]
    public async Task DeclinedCard_PageDropsTheRefusal()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-declined"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(created["contractId"]!.GetValue<string>());
        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.ContractId == contractId));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsJsonAsync(ManualPaymentRoute(contractId, charge.Id), new { note = "Pago por transferência." });
        var page = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/checkouts/{created["checkoutId"]!.GetValue<string>()}"));

        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Declined));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(page["payment"]!["declineReason"], Is.Null, "the card's refusal no longer applies");
    }

    [Test]
    public async Task Staff_IsForbidden()
    {
        var (plan, _, contractId, charge) = await PixContractingAsync();
        using var staff = await AdminClients.SignInAsync(plan.TenantId, "staff");

        var response = await staff.PostAsJsonAsync(ManualPaymentRoute(contractId, charge.Id), new { });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.Status).SingleAsync()), Is.EqualTo(ContractStatus.AwaitingPayment));
    }

    private static string ManualPaymentRoute(Guid contractId, Guid chargeId) => $"/api/contracts/{contractId}/charges/{chargeId}/manual-payment";

    /// <summary>Submits a Pix checkout of a new plan (or of <paramref name="existing"/>) and returns its first charge, awaiting payment.</summary>
    private static async Task<(TestPlan Plan, string CheckoutId, Guid ContractId, Charge Charge)> PixContractingAsync(TestPlan? existing = null)
    {
        var plan = existing ?? await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(created["contractId"]!.GetValue<string>());
        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.ContractId == contractId));
        return (plan, created["checkoutId"]!.GetValue<string>(), contractId, charge);
    }
}
