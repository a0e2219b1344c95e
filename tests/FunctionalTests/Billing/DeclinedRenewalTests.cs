using System.Net.Http.Json;
using Conexa.Application.Billing;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Payments.RecoverPaymentStarts;
using Conexa.Domain.Emails;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Billing;

/// <summary>A later month's card charge that the card on file declines.</summary>
public sealed class DeclinedRenewalTests
{
    [TearDown]
    public void ResetClock() => ApiServer.Clock.Reset();

    [Test]
    public async Task DeclinedRenewal_IsReissuedByPix()
    {
        var (plan, contractId) = await CardContractWhoseCardNowDeclinesAsync();

        await BillMarchAsync(plan.TenantId);
        var issuedEmail = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.ChargeIssued);
        var march = await MarchChargeAsync(contractId);
        var audit = await ApiServer.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == march.Id).Select(a => a.Action).ToListAsync());
        var declinedEmails = await ApiServer.QueryAsync(db => db.EmailMessages.CountAsync(m => m.TenantId == plan.TenantId && m.Kind == EmailKind.PaymentDeclined));

        Assert.That(ApiServer.Sandbox.Charges.Count(c => c.CustomId == march.Id.ToString("N")), Is.EqualTo(1), "the card on file was tried once");
        Assert.That(march.Status, Is.EqualTo(ChargeStatus.AwaitingPayment));
        Assert.That(march.PaymentOption, Is.EqualTo(new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi)));
        Assert.That(march.Amount, Is.EqualTo(300m));
        Assert.That(march.PixCopyPaste, Is.Not.Empty);
        Assert.That(ApiServer.Sandbox.Cobs.Count(c => c.Txid == march.ProviderChargeId), Is.EqualTo(1));
        Assert.That(audit, Is.SupersetOf(new[] { "charge.declined", "charge.reissued" }));
        Assert.That(issuedEmail, Is.Not.Null, "the customer is sent the Pix code");
        Assert.That(issuedEmail!.Body, Does.Contain("O cartão cadastrado não aprovou este pagamento"));
        Assert.That(issuedEmail.Body, Does.Contain(march.PixCopyPaste));
        Assert.That(declinedEmails, Is.Zero, "the Pix code replaces the declined e-mail");
    }

    [Test]
    public async Task ReissuedRenewal_PaidByPix()
    {
        var (plan, contractId) = await CardContractWhoseCardNowDeclinesAsync();
        await BillMarchAsync(plan.TenantId);
        await SentEmails.WaitForAsync(plan.TenantId, EmailKind.ChargeIssued);
        var march = await MarchChargeAsync(contractId);

        await ApiServer.Sandbox.PayPixAsync(march.ProviderChargeId!);
        var paid = await MarchChargeAsync(contractId);
        for (var wait = 0; paid.Status != ChargeStatus.Paid && wait < 100; wait++)
        {
            // EFI's callback reaches the API on its own connection, shortly after the payment.
            await Task.Delay(100);
            paid = await MarchChargeAsync(contractId);
        }

        var contractCard = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().Where(c => c.Id == contractId).Select(c => c.PaymentOption.Method).SingleAsync());

        Assert.That(paid.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(contractCard, Is.EqualTo(PaymentMethod.Card), "the next months try the card again");
    }

    [Test]
    public async Task CardOnlyPlan_EmailsTheDecline()
    {
        var (plan, contractId) = await CardContractWhoseCardNowDeclinesAsync();
        await CardOnlyAsync(plan);

        await BillMarchAsync(plan.TenantId);
        var email = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.PaymentDeclined);
        var march = await MarchChargeAsync(contractId);

        Assert.That(march.Status, Is.EqualTo(ChargeStatus.Declined));
        Assert.That(email, Is.Not.Null);
        Assert.That(email!.Body, Does.Contain("O cartão cadastrado não aprovou o pagamento de R$ 300,00"));
        Assert.That(email.Body, Does.Contain("vencimento em 10/03/2027"));
        Assert.That(email.Body, Does.Contain("mailto:centro@coworking.test"), "the unit's notification address");
        Assert.That(email.Body, Does.Not.Contain("/checkout/"), "a later charge has no checkout page to retry on");
    }

    [Test]
    public async Task ReissuedBoleto_GetsTheBoletoDays()
    {
        var (plan, contractId) = await CardContractWhoseCardNowDeclinesAsync();
        await ApiServer.QueryAsync(async db =>
        {
            var stored = await db.Plans.SingleAsync(p => p.Id == plan.PlanId);
            stored.SetPaymentOptions([new PaymentOption(PaymentMethod.Card, PaymentProvider.Efi), new PaymentOption(PaymentMethod.Boleto, PaymentProvider.Efi)]);
            return await db.SaveChangesAsync();
        });

        // Billed the day before its 10 March due date, the card is declined and a boleto takes its place.
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 9, 15, 0, 0, TimeSpan.Zero));
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BillingRunner>().RunAsync(CancellationToken.None, plan.TenantId);
            await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        await SentEmails.WaitForAsync(plan.TenantId, EmailKind.ChargeIssued);
        var march = await MarchChargeAsync(contractId);
        var reissued = await ApiServer.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityId == march.Id && a.Action == "charge.reissued"));

        Assert.That(march.PaymentOption, Is.EqualTo(new PaymentOption(PaymentMethod.Boleto, PaymentProvider.Efi)));
        Assert.That(march.Status, Is.EqualTo(ChargeStatus.AwaitingPayment));
        Assert.That(march.DueDate, Is.EqualTo(new DateOnly(2027, 3, 12)), "three boleto days from 9 March, not the card's 10 March");
        Assert.That(reissued.Details, Does.StartWith("Cartão recusado: ").And.EndWith("Cobrança reemitida para pagamento por boleto."));
        Assert.That(reissued.Details, Does.Not.Contain(".."), "the reason's own full stop is not doubled");
    }

    [Test]
    public async Task TypedPayerWithoutAddress_NotReissuedByInter()
    {
        // The customer on file has an address, but the contract was opened by a checkout that typed none, and
        // its charges carry the typed payer, whom Inter would reject.
        // The Inter checkout runs at the real time, because Inter's access tokens are cached for the whole test run.
        var plan = await TestPlans.CreateAsync(monthlyPrice: 300m, adhesionFee: 0m);
        await InterCheckouts.AddInterBoletoAsync(plan);
        await InterCheckouts.SubmitAsync(plan, InterCheckouts.PersonBody());
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 2, 10, 15, 0, 0, TimeSpan.Zero));
        var card = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(card["contractId"]!.GetValue<string>());
        await ApiServer.QueryAsync(async db =>
        {
            var stored = await db.Plans.SingleAsync(p => p.Id == plan.PlanId);
            stored.SetPaymentOptions([new PaymentOption(PaymentMethod.Card, PaymentProvider.Efi), new PaymentOption(PaymentMethod.Boleto, PaymentProvider.Inter)]);
            return await db.SaveChangesAsync();
        });
        var declining = ApiServer.Services.GetRequiredService<ISecretProtector>().Protect("sandbox-declined");
        await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ProtectedCardToken, declining)));

        await BillMarchAsync(plan.TenantId);
        await SentEmails.WaitForAsync(plan.TenantId, EmailKind.PaymentDeclined);
        var march = await MarchChargeAsync(contractId);

        Assert.That(card["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(march.Status, Is.EqualTo(ChargeStatus.Declined), "no boleto Inter would reject for the missing address");
        Assert.That(march.PaymentOption.Method, Is.EqualTo(PaymentMethod.Card));
    }

    [Test]
    public async Task DeclinedUnreissued_FallsOverdueAndSuspends()
    {
        var (_, contractId) = await CardOnlyContractOverdueInMarchAsync();

        var march = await MarchChargeAsync(contractId);
        var contract = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId));
        var overdueEntry = await ApiServer.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityId == march.Id && a.Action == "charge.overdue"));
        Assert.That(march.Status, Is.EqualTo(ChargeStatus.Overdue), "a declined month counts as unpaid");
        Assert.That(contract.Status, Is.EqualTo(Domain.Contracts.ContractStatus.Suspended));
        Assert.That(overdueEntry.Details, Is.EqualTo("Vencida em 10/03/2027 sem pagamento."));
    }

    [Test]
    public async Task DeclinedOverdue_PaidAtTheUnit_Resumes()
    {
        var (plan, contractId) = await CardOnlyContractOverdueInMarchAsync();

        var march = await MarchChargeAsync(contractId);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var response = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/charges/{march.Id}/manual-payment", new { note = "Pago em dinheiro na recepção." });
        var contract = await CheckoutApi.ReadJsonAsync(response);
        var cancellations = await ApiServer.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Type.Contains(nameof(ChargeCancelled)) && m.Payload.Contains(march.Id.ToString())));

        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), contract.ToJsonString());
        Assert.That(contract["status"]!.GetValue<string>(), Is.EqualTo("active"), "the last overdue charge paid reopens access");
        Assert.That(contract["charges"]!.AsArray().Single(c => c!["periodIndex"]!.GetValue<int>() == 1)!["status"]!.GetValue<string>(), Is.EqualTo("paid"));
        Assert.That(contract["audit"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()), Does.Contain("contract.resumed"));
        Assert.That(cancellations, Is.Zero, "a declined card left nothing to withdraw at EFI");
    }

    /// <summary>
    /// Makes March's charge of a card-only plan decline, so it stays declined, and runs the overdue job the day after
    /// its 10 March due date.
    /// </summary>
    private static async Task<(TestPlan Plan, Guid ContractId)> CardOnlyContractOverdueInMarchAsync()
    {
        var (plan, contractId) = await CardContractWhoseCardNowDeclinesAsync();
        await CardOnlyAsync(plan);
        await BillMarchAsync(plan.TenantId);
        await SentEmails.WaitForAsync(plan.TenantId, EmailKind.PaymentDeclined);

        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 11, 15, 0, 0, TimeSpan.Zero));
        await using var scope = ApiServer.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OverdueRunner>().RunAsync(CancellationToken.None, plan.TenantId);
        return (plan, contractId);
    }

    private static Task CardOnlyAsync(TestPlan plan) =>
        ApiServer.QueryAsync(async db =>
        {
            var stored = await db.Plans.SingleAsync(p => p.Id == plan.PlanId);
            stored.SetPaymentOptions([new PaymentOption(PaymentMethod.Card, PaymentProvider.Efi)]);
            return await db.SaveChangesAsync();
        });

    /// <summary>Contracts a plan of R$ 300,00 by card on 10 February 2027, then makes the card on file decline, as an expired card does.</summary>
    private static async Task<(TestPlan Plan, Guid ContractId)> CardContractWhoseCardNowDeclinesAsync()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 2, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync(monthlyPrice: 300m, adhesionFee: 0m);
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());
        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("active"));

        var declining = ApiServer.Services.GetRequiredService<ISecretProtector>().Protect("sandbox-declined");
        await ApiServer.QueryAsync(db => db.Contracts
            .Where(c => c.Id == contractId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ProtectedCardToken, declining)));
        return (plan, contractId);
    }

    /// <summary>Runs the billing run and the payment start job five days before the 10 March due date.</summary>
    private static async Task BillMarchAsync(Guid tenantId)
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 5, 15, 0, 0, TimeSpan.Zero));
        await using var scope = ApiServer.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BillingRunner>().RunAsync(CancellationToken.None, tenantId);
        await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, tenantId);
    }

    private static Task<Charge> MarchChargeAsync(Guid contractId) =>
        ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.ContractId == contractId && c.PeriodIndex == 1));
}
