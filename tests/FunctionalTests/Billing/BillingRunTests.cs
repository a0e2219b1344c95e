using System.Globalization;
using System.Net.Http.Json;
using Conexa.Application.Billing;
using Conexa.Application.Payments.RecoverPaymentStarts;
using Conexa.Domain.Contracts;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Conexa.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Conexa.FunctionalTests.Billing;

public sealed class BillingRunTests
{
    [TearDown]
    public void ResetClock() => ApiServer.Clock.Reset();

    [Test]
    public async Task DailyRuns_BillEachDueDateOnce()
    {
        var (plan, contractId) = await ActiveContractAsync(new DateTimeOffset(2027, 1, 31, 15, 0, 0, TimeSpan.Zero));

        for (var day = new DateOnly(2027, 2, 1); day <= new DateOnly(2027, 7, 1); day = day.AddDays(1))
        {
            ApiServer.Clock.Freeze(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
            await RunAsync(plan.TenantId);
        }

        var dueDates = await RegularDueDatesAsync(contractId);
        Assert.That(dueDates, Is.EqualTo(new[] { "2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30" }));
    }

    [Test]
    public async Task NewPeriod_HasTheAgreedQuotas()
    {
        var (plan, contractId) = await ActiveContractAsync(new DateTimeOffset(2027, 2, 7, 15, 0, 0, TimeSpan.Zero));
        await ApiServer.QueryAsync(async db =>
        {
            // The operator changes the plan after contracting; the existing contract keeps its allowances.
            var stored = await db.Plans.SingleAsync(p => p.Id == plan.PlanId);
            stored.SetQuotas([new PlanQuota("Sala de reunião", 2, "horas")]);
            return await db.SaveChangesAsync();
        });

        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero));
        await RunAsync(plan.TenantId);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var contract = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}"));
        var stored = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId));

        var quotas = contract["quotas"]!.AsArray();
        Assert.That(quotas.Select(q => q!["periodStart"]!.GetValue<string>()), Is.All.EqualTo("2027-03-07"));
        Assert.That(quotas.Select(q => q!["periodEnd"]!.GetValue<string>()), Is.All.EqualTo("2027-04-06"));
        Assert.That(quotas.Select(q => q!["amount"]!.GetValue<decimal>()), Is.EquivalentTo(new[] { 10m, 100m }));
        Assert.That(stored.Quotas.Select(q => q.PeriodStart), Is.All.EqualTo(new DateOnly(2027, 2, 7)));
    }

    [Test]
    public async Task RunDay_IsTheDateInSaoPaulo()
    {
        var (plan, contractId) = await ActiveContractAsync(new DateTimeOffset(2027, 2, 10, 15, 0, 0, TimeSpan.Zero));

        // 01:30 UTC on 5 March is 22:30 on 4 March in São Paulo: with 5 lead days, 10 March is not due yet.
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 5, 1, 30, 0, TimeSpan.Zero));
        await RunAsync(plan.TenantId);
        var before = await RegularDueDatesAsync(contractId);

        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 5, 3, 0, 0, TimeSpan.Zero));
        await RunAsync(plan.TenantId);
        var after = await RegularDueDatesAsync(contractId);

        Assert.That(before, Is.EqualTo(new[] { "2027-02-10" }));
        Assert.That(after, Is.EqualTo(new[] { "2027-02-10", "2027-03-10" }));
    }

    [Test]
    public async Task ChargeWriter_RowsReadBackAsBuilt()
    {
        var (_, contractId) = await ActiveContractAsync(new DateTimeOffset(2027, 2, 7, 15, 0, 0, TimeSpan.Zero));
        var contract = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId));
        var now = new DateTimeOffset(2027, 5, 3, 14, 7, 9, TimeSpan.FromHours(-3));
        var written = Charge.ForPeriod(contract.TenantId, contract.CustomerId, contract.Id, new PaymentOption(PaymentMethod.Boleto, PaymentProvider.Inter), 7, ChargePurpose.Regular, new DateOnly(2027, 8, 31), 1234.56m, now);
        written.LeaveStartToJob();

        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IChargeWriter>().InsertAsync([written], CancellationToken.None);
        }

        var read = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.Id == written.Id));
        Assert.That(read.TenantId, Is.EqualTo(written.TenantId));
        Assert.That(read.CustomerId, Is.EqualTo(written.CustomerId));
        Assert.That(read.ContractId, Is.EqualTo(written.ContractId));
        Assert.That(read.PaymentOption, Is.EqualTo(new PaymentOption(PaymentMethod.Boleto, PaymentProvider.Inter)));
        Assert.That(read.PeriodIndex, Is.EqualTo(7));
        Assert.That(read.Purpose, Is.EqualTo(ChargePurpose.Regular));
        Assert.That(read.DueDate, Is.EqualTo(new DateOnly(2027, 8, 31)));
        Assert.That(read.Amount, Is.EqualTo(1234.56m));
        Assert.That(read.Status, Is.EqualTo(written.Status));
        Assert.That(read.CreatedAt, Is.EqualTo(now));
        Assert.That(read.Version, Is.EqualTo(written.Version));
        Assert.That(read.ProviderChargeId, Is.Null);
    }

    [Test]
    public async Task ChargeWriter_PeriodBilledTwice_RaisesUniqueViolation()
    {
        var (_, contractId) = await ActiveContractAsync(new DateTimeOffset(2027, 2, 7, 15, 0, 0, TimeSpan.Zero));
        var contract = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId));
        var now = new DateTimeOffset(2027, 3, 2, 15, 0, 0, TimeSpan.Zero);
        Charge Period1() => Charge.ForPeriod(contract.TenantId, contract.CustomerId, contract.Id, contract.PaymentOption, 1, ChargePurpose.Regular, new DateOnly(2027, 3, 7), 300m, now);

        await using var scope = ApiServer.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<IChargeWriter>();
        var failure = Assert.ThrowsAsync<DbUpdateException>(() => writer.InsertAsync([Period1(), Period1()], CancellationToken.None));

        Assert.That(scope.ServiceProvider.GetRequiredService<AppDbContext>().IsUniqueViolation(failure!), Is.True);
        var saved = await ApiServer.QueryAsync(db => db.Charges.CountAsync(c => c.ContractId == contractId && c.PeriodIndex == 1));
        Assert.That(saved, Is.Zero, "the batch is written whole or not at all");
    }

    [Test]
    public async Task ConcurrentRuns_CreateOneChargePerPeriod()
    {
        var (plan, contractIds) = await FiveContractsFrom15JanuaryAsync();

        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 4, 14, 15, 0, 0, TimeSpan.Zero));
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => RunAsync(plan.TenantId))));

        foreach (var contractId in contractIds)
        {
            // February and March fell due before this first run since January, so each is due the tenant's three
            // boleto days from it rather than already overdue.
            Assert.That(await RegularDueDatesAsync(contractId), Is.EqualTo(new[] { "2027-01-15", "2027-04-15", "2027-04-17", "2027-04-17" }), contractId.ToString());
            Assert.That(await ApiServer.QueryAsync(db => db.Charges.Where(c => c.ContractId == contractId).Select(c => c.PeriodIndex).OrderBy(i => i).ToListAsync()), Is.EqualTo(new[] { 0, 1, 2, 3 }));
        }

        var txids = await ApiServer.QueryAsync(db => db.Charges.Where(c => contractIds.Contains(c.ContractId) && c.PeriodIndex == 3).Select(c => c.ProviderChargeId).ToListAsync());
        Assert.That(txids, Has.Count.EqualTo(5));
        Assert.That(txids.Select(t => ApiServer.Sandbox.CountRequests("PUT", $"/v2/cob/{t}")), Is.All.EqualTo(1), "one Pix charge per period at the provider");
    }

    [Test]
    public async Task SmallBatches_BillEveryActiveAndSuspendedContract()
    {
        var (plan, contractIds) = await FiveContractsFrom15JanuaryAsync();
        var suspended = contractIds.Take(2).ToList();
        await ApiServer.QueryAsync(db => db.Contracts.Where(c => suspended.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ContractStatus.Suspended)));

        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 2, 12, 15, 0, 0, TimeSpan.Zero));
        await using var scope = ApiServer.Services.CreateAsyncScope();
        var runner = ActivatorUtilities.CreateInstance<BillingRunner>(scope.ServiceProvider, Options.Create(new BillingOptions { BatchSize = 2 }));
        var result = await runner.RunAsync(CancellationToken.None, plan.TenantId);
        var pendingBeforeStart = await ApiServer.QueryAsync(db => db.Charges.CountAsync(c => contractIds.Contains(c.ContractId) && c.PeriodIndex == 1 && c.Status == ChargeStatus.Pending));
        await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, plan.TenantId);
        var issued = await ApiServer.QueryAsync(db => db.Charges.CountAsync(c => contractIds.Contains(c.ContractId) && c.PeriodIndex == 1 && c.Status == ChargeStatus.AwaitingPayment));

        Assert.That(result.ContractsChecked, Is.EqualTo(5));
        Assert.That(result.ChargesCreated, Is.EqualTo(5));
        Assert.That(pendingBeforeStart, Is.EqualTo(5), "the run leaves the provider calls to the payment start job");
        Assert.That(issued, Is.EqualTo(5), "the payment start job issues each Pix code");
        var started = await ApiServer.QueryAsync(db => db.Charges.Where(c => contractIds.Contains(c.ContractId) && c.PeriodIndex == 1).Select(c => c.Id).FirstAsync());
        Assert.That(ApiServer.Logs.Contains($"Started the payment of charge {started}"), Is.True, "a first start is not logged as a recovery");
    }

    [Test]
    public async Task CardContract_ChargesCardOnFile()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 2, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync(monthlyPrice: 300m, adhesionFee: 0m);
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());

        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 6, 15, 0, 0, TimeSpan.Zero));
        await RunAsync(plan.TenantId);
        var secondCharge = await ApiServer.QueryAsync(db => db.Charges.SingleAsync(c => c.ContractId == contractId && c.PeriodIndex == 1));
        var storedToken = await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.ProtectedCardToken).SingleAsync());

        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(secondCharge.Status, Is.EqualTo(ChargeStatus.Approved));
        Assert.That(ApiServer.Sandbox.Charges.Count(c => c.CustomId == secondCharge.ProviderReference), Is.EqualTo(1));
        Assert.That(storedToken, Is.Not.Null.And.Not.Contains("sandbox-approved"), "the card token is stored encrypted");
    }

    [Test]
    public async Task StoredForeignPhone_BoletoStillIssued()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 2, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync(monthlyPrice: 300m, adhesionFee: 0m);
        await TestPlans.AddEfiBoletoAsync(plan);
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());
        await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, ContractStatus.Active)));

        // A number stored before the checkout took Brazilian numbers only, which EFI rejects. It is left out.
        await ApiServer.QueryAsync(db => db.Customers.Where(c => c.TenantId == plan.TenantId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Phone, "+44 20 7946 0958")));
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 6, 15, 0, 0, TimeSpan.Zero));
        await RunAsync(plan.TenantId);
        var march = await ApiServer.QueryAsync(db => db.Charges.SingleAsync(c => c.ContractId == contractId && c.PeriodIndex == 1));

        Assert.That(march.Status, Is.EqualTo(ChargeStatus.AwaitingPayment), march.DeclineReason);
        Assert.That(march.BoletoDigitableLine, Is.Not.Empty);
    }

    [Test]
    public async Task TerminatedContract_IsNotBilledAgain()
    {
        var (plan, contractId) = await ActiveContractAsync(new DateTimeOffset(2027, 2, 10, 15, 0, 0, TimeSpan.Zero));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await admin.PostAsync($"/api/contracts/{contractId}/termination", System.Net.Http.Json.JsonContent.Create(new { endDate = "2027-02-20" }));

        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 6, 1, 15, 0, 0, TimeSpan.Zero));
        await RunAsync(plan.TenantId);

        Assert.That(await RegularDueDatesAsync(contractId), Is.EqualTo(new[] { "2027-02-10" }));
    }

    [Test]
    public async Task ChargeBilledAfterTermination_IsCancelledNotStarted()
    {
        var (plan, contractId) = await ActiveContractAsync(new DateTimeOffset(2027, 2, 7, 15, 0, 0, TimeSpan.Zero));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var termination = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-02-20" });

        // As a billing run that read the contract as active before the termination committed, within March's lead days.
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 3, 15, 0, 0, TimeSpan.Zero));
        var contract = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId));
        var late = Charge.ForPeriod(contract.TenantId, contract.CustomerId, contract.Id, contract.PaymentOption, 1, ChargePurpose.Regular, new DateOnly(2027, 3, 7), 300m, ApiServer.Clock.GetUtcNow());
        late.LeaveStartToJob();
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IChargeWriter>().InsertAsync([late], CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        var read = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.Id == late.Id));
        Assert.That(termination.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
        Assert.That(read.Status, Is.EqualTo(ChargeStatus.Cancelled), "March is after the last day of service");
        Assert.That(read.ProviderChargeId, Is.Null, "nothing was issued at EFI");
    }

    [Test]
    public async Task TerminationsDuringBillingRuns_ChargeEachPeriodOnce()
    {
        var (plan, contractIds) = await FiveContractsFrom15JanuaryAsync();
        await RunAsync(plan.TenantId);

        // Inside February's lead days, before the run bills February: each termination and the runs race.
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 2, 11, 15, 0, 0, TimeSpan.Zero));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var requests = contractIds
            .SelectMany(id => new[]
            {
                admin.PostAsync("/api/billing-runs", null),
                admin.PostAsJsonAsync($"/api/contracts/{id}/termination", new { endDate = "2027-02-20" }),
            })
            .ToList();
        await Task.WhenAll(requests);
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        var open = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking()
            .Where(c => contractIds.Contains(c.ContractId) && c.PeriodIndex == 1 && c.Status != ChargeStatus.Cancelled)
            .Select(c => new { c.ContractId, c.Purpose, c.Amount })
            .ToListAsync());
        var terminated = await ApiServer.QueryAsync(db => db.Contracts.CountAsync(c => contractIds.Contains(c.Id) && c.TerminatedAt != null));

        Assert.That(terminated, Is.EqualTo(contractIds.Count), "every termination succeeded, before or after a run");
        Assert.That(open.GroupBy(c => c.ContractId).Select(g => g.Count()), Is.All.EqualTo(1), "February is charged once per contract: either in full then replaced, or only pro-rata");
        Assert.That(open.Select(c => c.Purpose), Is.All.EqualTo(ChargePurpose.ProRata));
    }

    [Test]
    public async Task LateFirstPayment_CatchUpDueLater()
    {
        // A boleto of 10 January, due the 13th, paid only on 11 February, after February's due day (the 10th).
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 1, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync(monthlyPrice: 300m, adhesionFee: 0m);
        await TestPlans.AddEfiBoletoAsync(plan);
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());
        var first = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.ContractId == contractId));
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 2, 11, 15, 0, 0, TimeSpan.Zero));
        using (var admin = await AdminClients.SignInAsync(plan.TenantId))
        {
            var paid = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/charges/{first.Id}/manual-payment", new { });
            Assert.That(paid.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), await paid.Content.ReadAsStringAsync());
        }

        await RunAsync(plan.TenantId);
        var february = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.ContractId == contractId && c.PeriodIndex == 1));
        var march = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().CountAsync(c => c.ContractId == contractId && c.PeriodIndex == 2));

        Assert.That(first.DueDate, Is.EqualTo(new DateOnly(2027, 1, 13)));
        Assert.That(february.DueDate, Is.EqualTo(new DateOnly(2027, 2, 14)), "the tenant's three boleto days from the run, not 10 February");
        Assert.That(march, Is.Zero, "March is billed in its own lead days, due on the 10th");
    }

    private static async Task<(TestPlan Plan, Guid ContractId)> ActiveContractAsync(DateTimeOffset contractedAt)
    {
        ApiServer.Clock.Freeze(contractedAt);
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.Immediate, monthlyPrice: 300m, adhesionFee: 0m);
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        return (plan, Guid.Parse(checkout["contractId"]!.GetValue<string>()));
    }

    /// <summary>Contracts five customers by Pix on 15 January 2027 under one plan with immediate access.</summary>
    private static async Task<(TestPlan Plan, List<Guid> ContractIds)> FiveContractsFrom15JanuaryAsync()
    {
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.Immediate, adhesionFee: 0m);
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 1, 15, 15, 0, 0, TimeSpan.Zero));
        var contractIds = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
            contractIds.Add(Guid.Parse(checkout["contractId"]!.GetValue<string>()));
        }

        return (plan, contractIds);
    }

    /// <summary>Bills the tenant and starts the new charges' payments, as the billing job does.</summary>
    private static async Task RunAsync(Guid tenantId)
    {
        await using var scope = ApiServer.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BillingRunner>().RunAsync(CancellationToken.None, tenantId);
        await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, tenantId);
    }

    private static Task<List<string>> RegularDueDatesAsync(Guid contractId) =>
        ApiServer.QueryAsync(async db => (await db.Charges
                .Where(c => c.ContractId == contractId && c.Purpose == ChargePurpose.Regular)
                .Select(c => c.DueDate)
                .ToListAsync())
            .Order()
            .Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ToList());
}
