using System.Net;
using Conexa.Application.Billing;
using Conexa.Application.Payments.RecoverPaymentStarts;
using Conexa.Domain.Emails;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Conexa.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Emails;

public sealed class PaymentEmailTests
{
    [TearDown]
    public void ResetClock() => ApiServer.Clock.Reset();

    [Test]
    public async Task PaidPix_EmailsTheCustomerOnce()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody("pix");
        var email = $"pago-{Guid.NewGuid():N}@example.com";
        body["customer"]!["email"] = email;
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
        var checkoutId = checkout["checkoutId"]!.GetValue<string>();

        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        await CheckoutApi.WaitForAsync(checkoutId, c => c["payment"]!["status"]!.GetValue<string>() == "paid");
        var first = await WaitForConfirmationAsync(plan.TenantId);
        await RedeliverChargePaidAsync(plan.TenantId);
        var again = await ApiServer.QueryAsync(db => db.EmailMessages.AsNoTracking()
            .Where(m => m.TenantId == plan.TenantId && m.Kind == EmailKind.PaymentConfirmed).ToListAsync());

        Assert.That(first, Is.Not.Null);
        Assert.That(first!.To, Is.EqualTo(email));
        Assert.That(first.Status, Is.EqualTo(EmailStatus.Sent));
        Assert.That(first.Subject, Does.Contain("Pagamento confirmado"));
        Assert.That(first.Body, Does.Contain("R$ 450,00"));
        Assert.That(again, Has.Count.EqualTo(1));
        Assert.That(ApiServer.Emails.SentTo(email), Is.EqualTo(2), "the welcome and one confirmation");
    }

    [Test]
    public async Task ApprovedCard_EmailsTheCustomer()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody("card", "sandbox-approved");
        var email = $"cartao-{Guid.NewGuid():N}@example.com";
        body["customer"]!["email"] = email;

        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
        var confirmation = await WaitForConfirmationAsync(plan.TenantId);

        Assert.That(checkout["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("approved"));
        Assert.That(confirmation, Is.Not.Null);
        Assert.That(confirmation!.To, Is.EqualTo(email));
        Assert.That(confirmation.Body, Does.Contain("R$ 450,00"));
    }

    [Test]
    public async Task BilledPeriod_EmailsItsPixCode()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.Immediate, monthlyPrice: 300m, adhesionFee: 0m);
        var body = CheckoutApi.PersonBody("pix");
        var email = $"mensal-{Guid.NewGuid():N}@example.com";
        body["customer"]!["email"] = email;
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());

        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 4, 8, 12, 0, 0, TimeSpan.Zero));
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BillingRunner>().RunAsync(CancellationToken.None, plan.TenantId);
            await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        var issued = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.ChargeIssued);
        var april = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.ContractId == contractId && c.PeriodIndex == 1));
        var sentForCharges = await ApiServer.QueryAsync(db => db.EmailMessages.AsNoTracking()
            .Where(m => m.TenantId == plan.TenantId && m.Kind == EmailKind.ChargeIssued).Select(m => m.RelatedId).ToListAsync());

        Assert.That(issued, Is.Not.Null);
        Assert.That(issued!.To, Is.EqualTo(email));
        Assert.That(issued.Subject, Does.Contain("vencimento em 10/04/2027"));
        Assert.That(issued.Body, Does.Contain("R$ 300,00"));
        Assert.That(issued.Body, Does.Contain(WebUtility.HtmlEncode(april.PixCopyPaste!)));
        Assert.That(issued.Body, Does.Contain($"/api/public/charges/{april.Id}/pix-qrcode.png"));
        Assert.That(sentForCharges, Is.EqualTo(new[] { april.Id }), "none for the first charge, which the checkout page shows");

        // Issued two days before its due date (10 April), the code must pay until the charge is written off,
        // 30 days after that date: 11 May begins at 03:00 UTC in São Paulo.
        var cob = ApiServer.Sandbox.Cobs.Single(c => c.Txid == april.ProviderChargeId);
        var writeOff = new DateTimeOffset(2027, 5, 11, 3, 0, 0, TimeSpan.Zero);
        Assert.That(cob.Expiracao, Is.EqualTo((long)(writeOff - new DateTimeOffset(2027, 4, 8, 12, 0, 0, TimeSpan.Zero)).TotalSeconds));
    }

    [Test]
    public async Task OverdueMonth_EmailsAReminder()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync(monthlyPrice: 300m, adhesionFee: 0m);
        var body = CheckoutApi.PersonBody("pix");
        var email = $"atraso-{Guid.NewGuid():N}@example.com";
        body["customer"]!["email"] = email;
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
        var checkoutId = checkout["checkoutId"]!.GetValue<string>();
        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        await CheckoutApi.WaitForAsync(checkoutId, c => c["status"]!.GetValue<string>() == "active");

        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 4, 8, 12, 0, 0, TimeSpan.Zero));
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BillingRunner>().RunAsync(CancellationToken.None, plan.TenantId);
            await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 4, 12, 12, 0, 0, TimeSpan.Zero));
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OverdueRunner>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        var reminder = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.ChargeOverdue);
        var april = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId && c.PeriodIndex == 1));
        Assert.That(april.Status, Is.EqualTo(ChargeStatus.Overdue));
        Assert.That(reminder, Is.Not.Null);
        Assert.That(reminder!.To, Is.EqualTo(email));
        Assert.That(reminder.RelatedId, Is.EqualTo(april.Id));
        Assert.That(reminder.Subject, Does.StartWith("Cobrança vencida"));
        Assert.That(reminder.Body, Does.Contain("venceu em 10/04/2027"));
        Assert.That(reminder.Body, Does.Contain("suspenso"), "the plan gives access after payment, so the overdue month suspends it");
        Assert.That(reminder.Body, Does.Contain(WebUtility.HtmlEncode(april.PixCopyPaste!)));
    }

    [Test]
    public async Task Welcome_LinksTheClientAreaWhenEnabled()
    {
        var plan = await TestPlans.CreateAsync(form: FormConfiguration.Default with { Password = FormField.Optional });
        var body = CheckoutApi.PersonBody("pix");
        body["customer"]!["email"] = $"area-{Guid.NewGuid():N}@example.com";
        body["customer"]!["password"] = "senha2026segura";
        await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());

        var welcome = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.Welcome);

        Assert.That(welcome, Is.Not.Null);
        Assert.That(welcome!.Body, Does.Contain("Área do Cliente"));
        Assert.That(welcome.Body, Does.Contain("/client"));
    }

    [Test]
    public async Task DeclinedCard_EmailsTheRetryLink()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 2, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody("card", "sandbox-declined");
        var email = $"recusado-{Guid.NewGuid():N}@example.com";
        body["customer"]!["email"] = email;
        var declined = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
        var checkoutId = declined["checkoutId"]!.GetValue<string>();

        var message = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.PaymentDeclined);

        Assert.That(declined["status"]!.GetValue<string>(), Is.EqualTo("paymentDeclined"));
        Assert.That(message, Is.Not.Null);
        Assert.That(message!.To, Is.EqualTo(email));
        Assert.That(message.Subject, Does.StartWith("Pagamento recusado"));
        Assert.That(message.Body, Does.Contain(WebUtility.HtmlEncode(declined["payment"]!["declineReason"]!.GetValue<string>())));
        Assert.That(message.Body, Does.Contain($"/checkout/{plan.LinkToken}/result/{checkoutId}"));
        Assert.That(message.Body, Does.Contain("até 12/03/2027"), "the charge is due on 10/02/2027 and written off 30 days later");
        Assert.That(declined["payUntil"]!.GetValue<string>(), Is.EqualTo("2027-03-12"), "the page shows the same last day");
    }

    [Test]
    public async Task ApprovedCard_SendsNoDeclineEmail()
    {
        var plan = await TestPlans.CreateAsync();
        var approved = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString()));

        var confirmed = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.PaymentConfirmed);
        var declineEmails = await ApiServer.QueryAsync(db => db.EmailMessages.CountAsync(m => m.TenantId == plan.TenantId && m.Kind == EmailKind.PaymentDeclined));

        Assert.That(approved["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(approved["payUntil"], Is.Null, "an active contract has no deadline to pay");
        Assert.That(confirmed, Is.Not.Null);
        Assert.That(declineEmails, Is.Zero);
    }

    [Test]
    public async Task AbandonedContracting_EmailsTheCancellation()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody("card", "sandbox-declined");
        var email = $"cancelada-{Guid.NewGuid():N}@example.com";
        body["customer"]!["email"] = email;
        var declined = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(declined["contractId"]!.GetValue<string>());
        await ApiServer.QueryAsync(db => db.Charges
            .Where(c => c.TenantId == plan.TenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DueDate, c => c.DueDate.AddDays(-40))));

        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OverdueRunner>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        var cancelled = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.ContractCancelled);
        var page = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/checkouts/{declined["checkoutId"]!.GetValue<string>()}"));
        Assert.That(declined["contractCancelled"]!.GetValue<bool>(), Is.False);
        Assert.That(page["contractCancelled"]!.GetValue<bool>(), Is.True, "the customer's page stops offering the payment");
        Assert.That(cancelled, Is.Not.Null);
        Assert.That(cancelled!.To, Is.EqualTo(email));
        Assert.That(cancelled.RelatedId, Is.EqualTo(contractId));
        Assert.That(cancelled.Body, Does.Contain("Nada mais será cobrado"));
        Assert.That(cancelled.Body, Does.Contain($"/checkout/{plan.LinkToken}"));
    }

    [TestCase(31, true)]
    [TestCase(28, false)]
    public async Task Welcome_LateDueDay_ExplainsShortMonths(int day, bool explained)
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 1, day, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync();
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());

        var welcome = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.Welcome);

        Assert.That(welcome, Is.Not.Null);
        Assert.That(welcome!.Body, Does.Contain($"todo dia {day}"));
        Assert.That(welcome.Body.Contains("último dia do mês", StringComparison.Ordinal), Is.EqualTo(explained));
    }

    [Test]
    public async Task Welcome_WithoutLogin_HasNoClientAreaLink()
    {
        var plan = await TestPlans.CreateAsync();
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());

        var welcome = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.Welcome);

        Assert.That(welcome, Is.Not.Null);
        Assert.That(welcome!.Body, Does.Not.Contain("/client"));
    }

    private static Task<EmailMessage?> WaitForConfirmationAsync(Guid tenantId) => SentEmails.WaitForAsync(tenantId, EmailKind.PaymentConfirmed);

    /// <summary>Marks the tenant's ChargePaid outbox messages unprocessed, as a second delivery of the event would.</summary>
    private static async Task RedeliverChargePaidAsync(Guid tenantId)
    {
        var chargeIds = await ApiServer.QueryAsync(db => db.Charges.Where(c => c.TenantId == tenantId).Select(c => c.Id).ToListAsync());
        var payloads = chargeIds.Select(id => id.ToString("D")).ToList();
        var reopened = await ApiServer.QueryAsync(db => db.OutboxMessages
            .Where(m => m.Type.EndsWith(nameof(ChargePaid)))
            .Where(m => payloads.Any(id => m.Payload.Contains(id)))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (long?)null).SetProperty(m => m.LockedUntil, (long?)null)));
        Assert.That(reopened, Is.EqualTo(1), "the ChargePaid event is delivered a second time");
        await ApiServer.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
    }
}
