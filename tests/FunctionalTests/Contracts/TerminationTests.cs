using System.Net;
using System.Net.Http.Json;
using Conexa.Application.Billing;
using Conexa.Application.Payments.RecoverPaymentStarts;
using Conexa.Domain.Contracts;
using Conexa.Domain.Credits;
using Conexa.Domain.Emails;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Reliability.Callbacks;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Contracts;

public sealed class TerminationTests
{
    [TearDown]
    public void ResetClock() => ApiServer.Clock.Reset();

    [Test]
    public async Task Preview_ItemisesOpenPeriodProRata()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.GetAsync($"/api/contracts/{contractId}/termination-preview?endDate=2027-04-24");
        var preview = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), preview.ToJsonString());
        Assert.That(preview["periodStart"]!.GetValue<string>(), Is.EqualTo("2027-04-10"));
        Assert.That(preview["nextDueDate"]!.GetValue<string>(), Is.EqualTo("2027-05-10"));
        Assert.That(preview["usedDays"]!.GetValue<int>(), Is.EqualTo(15));
        Assert.That(preview["periodDays"]!.GetValue<int>(), Is.EqualTo(30));
        Assert.That(preview["monthlyPrice"]!.GetValue<decimal>(), Is.EqualTo(300.00m));
        Assert.That(preview["proRataAmount"]!.GetValue<decimal>(), Is.EqualTo(150.00m));
        Assert.That(preview["creditAmount"]!.GetValue<decimal>(), Is.EqualTo(0m));
        Assert.That(preview["chargesToCancel"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(preview["replacementDueDate"]!.GetValue<string>(), Is.EqualTo("2027-04-11"), "a Pix charge issued on 8 April is due at least the tenant's three boleto days later");
        Assert.That(preview["replacementAdhesionAmount"]!.GetValue<decimal>(), Is.Zero, "April is not the first period");
    }

    [Test]
    public async Task Terminate_ReplacesTheOpenChargeAndAudits()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-04-24" });
        var contract = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(contract["status"]!.GetValue<string>(), Is.EqualTo("active"), "the customer keeps the service until the last day");
        Assert.That(contract["endDate"]!.GetValue<string>(), Is.EqualTo("2027-04-24"));
        var charges = contract["charges"]!.AsArray();
        Assert.That(charges.Count(c => c!["purpose"]!.GetValue<string>() == "proRata" && c["amount"]!.GetValue<decimal>() == 150.00m), Is.EqualTo(1));
        Assert.That(charges.Count(c => c!["periodIndex"]!.GetValue<int>() == 1 && c["status"]!.GetValue<string>() == "cancelled"), Is.EqualTo(1));
        Assert.That(contract["quotas"]!.AsArray().Select(q => q!["periodEnd"]!.GetValue<string>()), Has.All.LessThanOrEqualTo("2027-04-24"));
        var audit = await ApiServer.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == contractId && a.Action == "contract.terminated"));
        Assert.That(audit.Actor, Does.StartWith("user:"));
        Assert.That(audit.Details, Is.EqualTo("Encerramento registrado com último dia 24/04/2027. Pró-rata R$ 150,00, crédito R$ 0,00."));
    }

    [Test]
    public async Task Terminate_EndsAfterTheLastDay()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        await PayOpenPixChargesAsync(contractId);
        using (var admin = await AdminClients.SignInAsync(plan.TenantId))
        {
            var response = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-04-24" });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // 02:00 UTC on 25 April is still the 24th in São Paulo, the last day of service.
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 4, 25, 2, 0, 0, TimeSpan.Zero));
        await RunOverdueJobAsync(plan.TenantId);
        var onLastDay = await StatusAsync(contractId);
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 4, 25, 4, 0, 0, TimeSpan.Zero));
        await RunOverdueJobAsync(plan.TenantId);
        await RunOverdueJobAsync(plan.TenantId);
        var afterIt = await StatusAsync(contractId);
        var ended = await ApiServer.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == contractId && a.Action == "contract.ended").Select(a => a.Details).ToListAsync());

        Assert.That(onLastDay, Is.EqualTo(ContractStatus.Active));
        Assert.That(afterIt, Is.EqualTo(ContractStatus.Terminated));
        Assert.That(ended, Is.EqualTo(new[] { "Encerrado após o último dia de uso, 24/04/2027." }));
    }

    [Test]
    public async Task Terminate_LastDayAhead_ListAndExportShowIt()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-04-24" });

        var list = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/contracts"));
        var export = await admin.GetAsync("/api/contracts/export?format=pdf");
        var pdf = PdfText.Of(await export.Content.ReadAsByteArrayAsync());

        var item = list["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == contractId.ToString())!;
        Assert.That(item["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(item["endDate"]!.GetValue<string>(), Is.EqualTo("2027-04-24"));
        Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(pdf, Does.Contain("(Ativo até 24/04/2027)"));
    }

    [Test]
    public async Task Terminate_LastDayPast_EndsAtOnce()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-04-07" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await StatusAsync(contractId), Is.EqualTo(ContractStatus.Terminated), "the clock reads 8 April");
    }

    [Test]
    public async Task Terminate_LastDayAhead_OverdueStillSuspends()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync(monthlyPrice: 300m, adhesionFee: 0m);
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());
        await PayOpenPixChargesAsync(contractId);
        await CheckoutApi.WaitForAsync(checkout["checkoutId"]!.GetValue<string>(), c => c["status"]!.GetValue<string>() == "active");
        using (var admin = await AdminClients.SignInAsync(plan.TenantId))
        {
            var response = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-05-20" });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // April's charge, which the termination billed, goes unpaid past its due date.
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 4, 5, 15, 0, 0, TimeSpan.Zero));
        await StartPaymentsAsync(plan.TenantId);
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 4, 11, 15, 0, 0, TimeSpan.Zero));
        await RunOverdueJobAsync(plan.TenantId);

        Assert.That(await StatusAsync(contractId), Is.EqualTo(ContractStatus.Suspended), "access still follows payment until the last day");
    }

    [Test]
    public async Task Terminate_UnpaidImmediate_WriteOffKeepsIt()
    {
        var (plan, contractId) = await PixContractOn10MarchAsync();
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 12, 15, 0, 0, TimeSpan.Zero));
        using (var admin = await AdminClients.SignInAsync(plan.TenantId))
        {
            var response = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-05-20" });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // The first charge, due 10 March and never paid, is written off after 30 days, before the last day of service.
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 4, 12, 15, 0, 0, TimeSpan.Zero));
        await RunOverdueJobAsync(plan.TenantId);
        await RunOverdueJobAsync(plan.TenantId);
        var afterWriteOff = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId));
        var firstCharge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.ContractId == contractId && c.PeriodIndex == 0));
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 5, 21, 15, 0, 0, TimeSpan.Zero));
        await RunOverdueJobAsync(plan.TenantId);
        var cancelledEntries = await ApiServer.QueryAsync(db => db.AuditEntries.AsNoTracking().CountAsync(a => a.EntityId == contractId && a.Action == "contract.cancelled"));

        Assert.That(firstCharge.Status, Is.EqualTo(ChargeStatus.WrittenOff));
        Assert.That(afterWriteOff.Status, Is.EqualTo(ContractStatus.Active), "the recorded termination stands");
        Assert.That(afterWriteOff.CancellationReason, Is.Null);
        Assert.That(await StatusAsync(contractId), Is.EqualTo(ContractStatus.Terminated));
        Assert.That(cancelledEntries, Is.Zero);
    }

    private static async Task RunOverdueJobAsync(Guid tenantId)
    {
        await using var scope = ApiServer.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OverdueRunner>().RunAsync(CancellationToken.None, tenantId);
    }

    private static Task<ContractStatus> StatusAsync(Guid contractId) =>
        ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().Where(c => c.Id == contractId).Select(c => c.Status).SingleAsync());

    [Test]
    public async Task Terminate_CancelsTheReplacedPixCodeAtEfi()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        var txid = await ApiServer.QueryAsync(db => db.Charges.Where(c => c.ContractId == contractId && c.PeriodIndex == 1).Select(c => c.ProviderChargeId!).SingleAsync());
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-04-24" });

        Assert.That(await WaitForCobStatusAsync(txid), Is.EqualTo("REMOVIDA_PELO_USUARIO_RECEBEDOR"));
    }

    [Test]
    public async Task Terminate_WhilePaymentStarts_IsRejected()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();

        // A checkout or retry leaves its charge pending, under a payment start lease, while it calls the provider.
        await ApiServer.QueryAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"""UPDATE "Charges" SET "Status" = {nameof(ChargeStatus.Pending)}, "PaymentStartLeaseUntil" = {ApiServer.Clock.GetUtcNow().AddSeconds(60)} WHERE "ContractId" = {contractId} AND "PeriodIndex" = 1"""));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-04-24" });
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), problem.ToJsonString());
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("payment-starting"));
        Assert.That(await ApiServer.QueryAsync(db => db.Charges.CountAsync(c => c.ContractId == contractId && c.Status == ChargeStatus.Cancelled)), Is.Zero);
    }

    [Test]
    public async Task Terminate_PaidPeriod_RecordsACredit()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        await PayOpenPixChargesAsync(contractId);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var preview = await CheckoutApi.ReadJsonAsync(await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-04-24" }));
        var credits = await ApiServer.QueryAsync(db => db.CustomerCredits.Where(c => c.ContractId == contractId).ToListAsync());

        var email = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.ContractTerminated);

        Assert.That(preview["creditAmount"]!.GetValue<decimal>(), Is.EqualTo(150.00m));
        Assert.That(credits.Select(c => c.Amount), Is.EqualTo(new[] { 150.00m }));
        Assert.That(email, Is.Not.Null, "the customer is told of the termination");
        Assert.That(email!.Subject, Does.StartWith("Encerramento do contrato"));
        Assert.That(email.Body, Does.Contain("O último dia de uso é 24/04/2027."));
        Assert.That(email.Body, Does.Contain("crédito de R$ 150,00"));
        var credited = preview["creditedCharges"]!.AsArray().Single()!;
        Assert.That(credited["dueDate"]!.GetValue<string>(), Is.EqualTo("2027-04-10"), "April's paid charge makes up the credit");
        Assert.That(credited["amount"]!.GetValue<decimal>(), Is.EqualTo(300.00m));
        Assert.That(credited["creditAmount"]!.GetValue<decimal>(), Is.EqualTo(150.00m));
    }

    [Test]
    public async Task Terminate_BeyondBilledPeriods_BillsThem()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var preview = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}/termination-preview?endDate=2027-06-15"));
        var response = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-06-15" });
        await StartPaymentsAsync(plan.TenantId);
        var afterTermination = await LaterChargesAsync(contractId);

        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 5, 5, 12, 0, 0, TimeSpan.Zero));
        await StartPaymentsAsync(plan.TenantId);
        var fiveDaysBeforeMay = await LaterChargesAsync(contractId);

        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 7, 8, 12, 0, 0, TimeSpan.Zero));
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BillingRunner>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        await StartPaymentsAsync(plan.TenantId);
        var charges = await LaterChargesAsync(contractId);
        var toBill = preview["periodsToBill"]!.AsArray();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(toBill.Select(p => p!["periodStart"]!.GetValue<string>()), Is.EqualTo(new[] { "2027-05-10" }));
        Assert.That(toBill.Select(p => p!["amount"]!.GetValue<decimal>()), Is.EqualTo(new[] { 300.00m }));
        Assert.That(
            charges.Select(c => (c.PeriodIndex, c.Purpose, c.DueDate, c.Amount)),
            Is.EqualTo(new[] { (2, ChargePurpose.Regular, new DateOnly(2027, 5, 10), 300.00m), (3, ChargePurpose.ProRata, new DateOnly(2027, 6, 10), 60.00m) }),
            "May in full and 6 of June's 30 days, and nothing more from the later billing run");
        Assert.That(afterTermination.Select(c => c.Status), Is.All.EqualTo(ChargeStatus.Pending), "neither is issued a month ahead");
        Assert.That(fiveDaysBeforeMay.Select(c => c.Status), Is.EqualTo(new[] { ChargeStatus.AwaitingPayment, ChargeStatus.Pending }), "each is issued with the billing lead days, as a billing run's");
        Assert.That(charges.Select(c => c.Status), Is.All.EqualTo(ChargeStatus.AwaitingPayment));
        var email = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.ContractTerminated);
        Assert.That(email?.Body, Does.Contain("<li>R$ 300,00, com vencimento em 10/05/2027: mensalidade</li>"), "the customer learns of every month still billed");
        Assert.That(email?.Body, Does.Contain("<li>R$ 60,00, com vencimento em 10/06/2027: último período, cobrado só pelos dias de uso</li>"));
    }

    [Test]
    public async Task Terminate_FirstPeriod_EmailSplitsAdhesion()
    {
        var (plan, contractId) = await PixContractOn10MarchAsync(adhesionFee: 100m);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        // 11 of the first period's 31 days cost 106.45; the adhesion fee is charged in full.
        var response = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-03-20" });
        var preview = await CheckoutApi.ReadJsonAsync(response);
        var email = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.ContractTerminated);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(preview["proRataAmount"]!.GetValue<decimal>(), Is.EqualTo(106.45m));
        Assert.That(preview["replacementChargeAmount"]!.GetValue<decimal>(), Is.EqualTo(206.45m));
        Assert.That(preview["replacementAdhesionAmount"]!.GetValue<decimal>(), Is.EqualTo(100.00m));
        Assert.That(email?.Body, Does.Contain("<li>R$ 206,45, com vencimento em 13/03/2027: R$ 106,45 pelos dias de uso do último período e R$ 100,00 da adesão, que não é proporcional</li>"));
    }

    [Test]
    public async Task Terminate_LaterPeriod_EmailNamesFirstFeeAndAdhesion()
    {
        var (plan, contractId) = await PixContractOn10MarchAsync(adhesionFee: 100m);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-04-20" });
        var email = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.ContractTerminated);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(email?.Body, Does.Contain("<li>R$ 400,00, com vencimento em 10/03/2027: primeira mensalidade e adesão</li>"), "the first charge, still open");
        Assert.That(email?.Body, Does.Contain("<li>R$ 110,00, com vencimento em 10/04/2027: último período, cobrado só pelos dias de uso</li>"), "11 of April's 30 days");
        Assert.That(email?.Body, Does.Contain("As cobranças já emitidas trazem o código para pagar no e-mail de cada uma, e as demais chegam por e-mail perto do vencimento."), "March's Pix code was issued, April's pro-rata not yet");
    }

    [Test]
    public async Task Terminate_EarlierCredit_NotInEmail()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        await ApiServer.QueryAsync(async db =>
        {
            var contract = await db.Contracts.SingleAsync(c => c.Id == contractId);
            // Granted at the frozen instant the termination is recorded at, as under a tenant's test clock.
            db.CustomerCredits.Add(CustomerCredit.Grant(plan.TenantId, contract.CustomerId, contractId, 450m, CreditReasons.DuplicatePayment, ApiServer.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var preview = await CheckoutApi.ReadJsonAsync(await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-04-24" }));
        var email = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.ContractTerminated);

        Assert.That(preview["creditAmount"]!.GetValue<decimal>(), Is.Zero, "April's charge was open, so the termination credits nothing");
        Assert.That(email?.Body, Does.Not.Contain("crédito"), "the duplicate payment's credit is not the unused days'");
    }

    [Test]
    public async Task Terminate_FarAhead_ChargesCardOnDueDates()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync(monthlyPrice: 300m, adhesionFee: 0m);
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 20, 15, 0, 0, TimeSpan.Zero));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-12-20" });
        await StartPaymentsAsync(plan.TenantId);
        var charges = await LaterChargesAsync(contractId, fromPeriod: 1);
        var references = charges.Select(c => c.Id.ToString("N")).ToHashSet();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(charges, Has.Count.EqualTo(9), "April to November in full and December's pro-rata");
        Assert.That(charges.Select(c => c.Status), Is.All.EqualTo(ChargeStatus.Pending), "none is charged to the card months before its due date");
        Assert.That(ApiServer.Sandbox.Charges.Count(c => c.CustomId is not null && references.Contains(c.CustomId)), Is.Zero, "EFI received no card charge");
        var email = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.ContractTerminated);
        Assert.That(email?.Body, Does.Contain("cobrado no cartão cadastrado"));
    }

    private static async Task StartPaymentsAsync(Guid tenantId)
    {
        await using var scope = ApiServer.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, tenantId);
    }

    private static Task<List<Charge>> LaterChargesAsync(Guid contractId, int fromPeriod = 2) =>
        ApiServer.QueryAsync(db => db.Charges.AsNoTracking().Where(c => c.ContractId == contractId && c.PeriodIndex >= fromPeriod).OrderBy(c => c.PeriodIndex).ToListAsync());

    [Test]
    public async Task Terminate_AfterDueDate_ProRataDueInBoletoDays()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 4, 20, 15, 0, 0, TimeSpan.Zero));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var preview = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}/termination-preview?endDate=2027-04-24"));
        var response = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-04-24" });
        var proRata = await ApiServer.QueryAsync(db => db.Charges.SingleAsync(c => c.ContractId == contractId && c.Purpose == ChargePurpose.ProRata));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(preview["replacementDueDate"]!.GetValue<string>(), Is.EqualTo("2027-04-23"), "the preview gives the due date the charge gets");
        Assert.That(proRata.Amount, Is.EqualTo(150.00m));
        Assert.That(proRata.DueDate, Is.EqualTo(new DateOnly(2027, 4, 23)), "April's charge was due on the 10th, ten days before this termination, and the tenant gives three days");
    }

    [Test]
    public async Task TerminatedBeforeFirstPayment_CheckoutShowsProRata()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync(monthlyPrice: 300m, adhesionFee: 0m);
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var termination = await admin.PostAsJsonAsync($"/api/contracts/{created["contractId"]!.GetValue<string>()}/termination", new { endDate = "2027-03-20" });
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        var checkout = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/checkouts/{created["checkoutId"]!.GetValue<string>()}"));
        Assert.That(termination.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(checkout["payment"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(106.45m), "11 of the 31 days from 10 March");
        Assert.That(checkout["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
        Assert.That(checkout["payment"]!["pixCopyPaste"]!.GetValue<string>(), Is.Not.Empty);

        // Paying the pro-rata opens access until the last day, as the first charge's payment would have.
        var txid = await ApiServer.QueryAsync(db => db.Charges.Where(c => c.TenantId == plan.TenantId && c.Purpose == ChargePurpose.ProRata).Select(c => c.ProviderChargeId!).SingleAsync());
        await ApiServer.Sandbox.PayPixAsync(txid);
        var paid = await CheckoutApi.WaitForAsync(created["checkoutId"]!.GetValue<string>(), c => c["status"]!.GetValue<string>() == "active");
        Assert.That(paid["status"]!.GetValue<string>(), Is.EqualTo("active"));
    }

    [Test]
    public async Task LatePaymentOfReplacedCharge_PaysTheProRata()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync(monthlyPrice: 300m, adhesionFee: 0m);
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(created["contractId"]!.GetValue<string>());
        var first = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.ContractId == contractId));

        // The customer pays the first Pix code, and EFI's callback arrives only after a termination replaced it.
        await CallbackSender.PayPixWithoutCallbackAsync(first.ProviderChargeId!);

        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-03-20" });
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        var delivery = await CallbackSender.SendPixAsync(first.ProviderChargeId!);
        var charges = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().Where(c => c.ContractId == contractId).ToListAsync());
        var credits = await ApiServer.QueryAsync(db => db.CustomerCredits.Where(c => c.ContractId == contractId).Select(c => c.Amount).ToListAsync());
        var proRata = charges.Single(c => c.Purpose == ChargePurpose.ProRata);

        Assert.That(delivery.IsSuccessStatusCode, Is.True);
        Assert.That(charges.Single(c => c.Id == first.Id).Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(proRata.Amount, Is.EqualTo(106.45m), "11 of the 31 days from 10 March");
        Assert.That(proRata.Status, Is.EqualTo(ChargeStatus.Paid), "the late payment covers the pro-rata");
        Assert.That(credits, Is.EqualTo(new[] { 193.55m }), "300.00 paid less the 106.45 it settled");
        Assert.That(await WaitForCobStatusAsync(proRata.ProviderChargeId!), Is.EqualTo("REMOVIDA_PELO_USUARIO_RECEBEDOR"), "the pro-rata's own Pix code is withdrawn");
        var notice = await SentEmails.WaitForAsync(plan.TenantId, EmailKind.PaymentAfterCancellation);
        Assert.That(notice?.Body, Does.Contain("O valor quitou 1 cobrança em aberto deste contrato: R$ 106,45 com vencimento em 13/03/2027."));
        Assert.That(notice?.Body, Does.Contain("O restante, R$ 193,55, ficou registrado como crédito do cliente."));
    }

    [Test]
    public async Task ConcurrentTerminations_OneCredit()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        await PayOpenPixChargesAsync(contractId);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        string[] endDates = ["2027-04-12", "2027-04-18", "2027-04-24", "2027-04-30"];

        var responses = await Task.WhenAll(endDates.Select(endDate => admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate })));
        var credits = await ApiServer.QueryAsync(db => db.CustomerCredits.CountAsync(c => c.ContractId == contractId));
        var audits = await ApiServer.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == contractId && a.Action == "contract.terminated"));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(responses.Where(r => r.StatusCode != HttpStatusCode.OK).Select(r => r.StatusCode), Is.All.AnyOf(HttpStatusCode.UnprocessableEntity, HttpStatusCode.Conflict));
        Assert.That(credits, Is.EqualTo(1));
        Assert.That(audits, Is.EqualTo(1));
    }

    [TestCase("9999-12-31")]
    [TestCase("2077-03-11")]
    public async Task Terminate_FarFutureEndDate_IsRejected(string endDate)
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var preview = await admin.GetAsync($"/api/contracts/{contractId}/termination-preview?endDate={endDate}");
        var termination = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate });
        var lastAccepted = await admin.GetAsync($"/api/contracts/{contractId}/termination-preview?endDate=2077-03-10");

        Assert.That(preview.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await CheckoutApi.ReadJsonAsync(preview))["type"]!.GetValue<string>(), Does.EndWith("termination-too-far"));
        Assert.That(termination.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await CheckoutApi.ReadJsonAsync(termination))["detail"]!.GetValue<string>(), Does.Contain("10/03/2077"));
        Assert.That(lastAccepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Terminate_BeforeStartOrTwice_IsRejected()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var beforeStart = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-03-09" });
        var first = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-04-24" });
        var second = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-04-25" });

        Assert.That(beforeStart.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await CheckoutApi.ReadJsonAsync(beforeStart))["type"]!.GetValue<string>(), Does.EndWith("termination-before-start"));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await CheckoutApi.ReadJsonAsync(second))["type"]!.GetValue<string>(), Does.EndWith("contract-already-terminated"));
    }

    [Test]
    public async Task Preview_WithoutEndDate_IsAValidationProblem()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.GetAsync($"/api/contracts/{contractId}/termination-preview");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await CheckoutApi.ReadJsonAsync(response))["errors"]!["endDate"], Is.Not.Null);
    }

    [Test]
    public async Task Terminate_DayNotInMonth_NamesTheDateFormat()
    {
        var (plan, contractId) = await ContractOf300From10MarchAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-04-31" });
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!["endDate"]![0]!.GetValue<string>(), Does.Contain("não é uma data válida").And.Contain("AAAA-MM-DD"));
    }

    [Test]
    public async Task OtherTenantsContract_IsNotFound()
    {
        var (_, contractId) = await ContractOf300From10MarchAsync();
        var otherPlan = await TestPlans.CreateAsync();
        using var otherAdmin = await AdminClients.SignInAsync(otherPlan.TenantId);

        var read = await otherAdmin.GetAsync($"/api/contracts/{contractId}");
        var terminate = await otherAdmin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-04-24" });

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(terminate.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task AnonymousCaller_IsUnauthorized()
    {
        var response = await ApiServer.Client.GetAsync($"/api/contracts/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    /// <summary>Contracts a R$ 300,00 plan on 10 March 2027 by Pix, with immediate access, and leaves it unpaid.</summary>
    private static async Task<(TestPlan Plan, Guid ContractId)> PixContractOn10MarchAsync(decimal adhesionFee = 0m)
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.Immediate, monthlyPrice: 300m, adhesionFee: adhesionFee);
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        return (plan, Guid.Parse(checkout["contractId"]!.GetValue<string>()));
    }

    /// <summary>Contracts a R$ 300,00 plan on 10 March 2027 (immediate access) and bills its second period, due 10 April.</summary>
    private static async Task<(TestPlan Plan, Guid ContractId)> ContractOf300From10MarchAsync()
    {
        var (plan, contractId) = await PixContractOn10MarchAsync();

        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 4, 8, 12, 0, 0, TimeSpan.Zero));
        await using var scope = ApiServer.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BillingRunner>().RunAsync(CancellationToken.None, plan.TenantId);
        await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, plan.TenantId);

        var periodOne = await ApiServer.QueryAsync(db => db.Charges.CountAsync(c => c.ContractId == contractId && c.PeriodIndex == 1));
        Assert.That(periodOne, Is.EqualTo(1), "the billing run created the April charge");
        return (plan, contractId);
    }

    private static async Task PayOpenPixChargesAsync(Guid contractId)
    {
        var txids = await ApiServer.QueryAsync(db => db.Charges
            .Where(c => c.ContractId == contractId && c.Status == ChargeStatus.AwaitingPayment)
            .Select(c => c.ProviderChargeId!)
            .ToListAsync());
        foreach (var txid in txids)
        {
            await ApiServer.Sandbox.PayPixAsync(txid);
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline
            && await ApiServer.QueryAsync(db => db.Charges.AnyAsync(c => c.ContractId == contractId && c.Status == ChargeStatus.AwaitingPayment)))
        {
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Dispatches the outbox until the EFI sandbox's cob <paramref name="txid"/> leaves ATIVA, for up to ten seconds,
    /// and returns its status. The background dispatcher may already be handling the event, so this dispatches too.
    /// </summary>
    private static async Task<string> WaitForCobStatusAsync(string txid)
    {
        var dispatcher = ApiServer.Services.GetRequiredService<Conexa.Infrastructure.Outbox.OutboxDispatcher>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (ApiServer.Sandbox.Cobs.Single(c => c.Txid == txid).Status == "ATIVA" && DateTime.UtcNow < deadline)
        {
            await dispatcher.DispatchPendingAsync(CancellationToken.None);
            await Task.Delay(100);
        }

        return ApiServer.Sandbox.Cobs.Single(c => c.Txid == txid).Status;
    }
}
