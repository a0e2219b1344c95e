using Conexa.Application.Billing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Emails;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Billing;

/// <summary>
/// A contracting with immediate access whose first payment never arrives is cancelled like any other, instead of
/// running and being billed without end.
/// </summary>
public sealed class ImmediateAccessUnpaidTests
{
    [TearDown]
    public void ResetClock() => ApiServer.Clock.Reset();

    [Test]
    public async Task DeclinedCard_CancelledAfterWriteOffDays()
    {
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.Immediate);
        var declined = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-declined"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(declined["contractId"]!.GetValue<string>());
        var started = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var adminView = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}"));

        await ApiServer.QueryAsync(db => db.Charges.Where(c => c.ContractId == contractId).ExecuteUpdateAsync(u => u.SetProperty(c => c.DueDate, c => c.DueDate.AddDays(-40))));
        await RunOverdueAsync(plan.TenantId);
        var contract = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId));

        Assert.That(started.Status, Is.EqualTo(ContractStatus.Active), "immediate access opens at once");
        Assert.That(declined["payUntil"]?.GetValue<string>(), Is.Not.Null, "the customer's page gives the last day to pay");
        Assert.That(adminView["payUntil"]?.GetValue<string>(), Is.EqualTo(declined["payUntil"]!.GetValue<string>()));
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Cancelled));
        Assert.That(contract.CancellationReason, Is.EqualTo(ContractCancellationReason.FirstPaymentMissed));
        Assert.That(await SentEmails.WaitForAsync(plan.TenantId, EmailKind.ContractCancelled), Is.Not.Null, "the declined-payment e-mail promised this cancellation");
    }

    [Test]
    public async Task UnpaidPix_LaterChargesCancelled()
    {
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.Immediate, adhesionFee: 0m);
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 1, 15, 15, 0, 0, TimeSpan.Zero));
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(created["contractId"]!.GetValue<string>());

        // February is billed while January stays unpaid, then January passes its write-off period.
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 2, 12, 15, 0, 0, TimeSpan.Zero));
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BillingRunner>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 2, 16, 15, 0, 0, TimeSpan.Zero));
        await RunOverdueAsync(plan.TenantId);
        var charges = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().Where(c => c.ContractId == contractId).OrderBy(c => c.PeriodIndex).ToListAsync());
        var contract = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId));

        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Cancelled));
        Assert.That(charges.Select(c => c.Status), Is.EqualTo(new[] { ChargeStatus.WrittenOff, ChargeStatus.Cancelled }), "February's charge is not left to bill a cancelled contract");
    }

    [Test]
    public async Task PaidLaterPeriod_KeepsTheContract()
    {
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.Immediate);
        var declined = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-declined"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(declined["contractId"]!.GetValue<string>());
        await ApiServer.QueryAsync(async db =>
        {
            var contract = await db.Contracts.SingleAsync(c => c.Id == contractId);
            var paid = Charge.ForPeriod(contract.TenantId, contract.CustomerId, contract.Id, contract.PaymentOption, 1, ChargePurpose.Regular, contract.StartDate.AddMonths(1), 100m, DateTimeOffset.UtcNow);
            paid.RegisterPixIssued("txid-" + Guid.NewGuid().ToString("N"), "000201");
            paid.RegisterPayment(DateTimeOffset.UtcNow);
            db.Charges.Add(paid);
            return await db.SaveChangesAsync();
        });

        await ApiServer.QueryAsync(db => db.Charges.Where(c => c.ContractId == contractId && c.SaleId != null).ExecuteUpdateAsync(u => u.SetProperty(c => c.DueDate, c => c.DueDate.AddDays(-40))));
        await RunOverdueAsync(plan.TenantId);

        Assert.That(await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.Status).SingleAsync()), Is.EqualTo(ContractStatus.Active), "a customer who paid once is not cancelled for the first charge");
    }

    private static async Task RunOverdueAsync(Guid tenantId)
    {
        await using var scope = ApiServer.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OverdueRunner>().RunAsync(CancellationToken.None, tenantId);
    }
}
