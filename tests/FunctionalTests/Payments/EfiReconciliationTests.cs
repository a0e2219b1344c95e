using Conexa.Application.Payments.Reconciliation;
using Conexa.Domain.Contracts;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Conexa.Infrastructure.Payments;
using Conexa.Infrastructure.Payments.Efi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Payments;

public sealed class EfiReconciliationTests
{
    // A loopback port where nothing listens, so EFI's Pix callbacks fail as if lost.
    private static readonly Uri DeadCallbackBase = new("http://127.0.0.1:9/");

    [TearDown]
    public async Task RestoreCallbacksAsync()
    {
        ApiServer.Sandbox.Faults.DropDeliveries = false;
        await RegisterPixWebhookAsync(ApiServer.Services.GetRequiredService<PublicUrls>().BaseUrl!);
    }

    [Test]
    public async Task LostPixCallback_IsHealedByReconciliation()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var checkoutId = created["checkoutId"]!.GetValue<string>();
        await RegisterPixWebhookAsync(DeadCallbackBase);

        var pay = await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        await Task.Delay(500);
        var beforeRun = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReconciliationRunner>().RunAsync(CancellationToken.None);
        }

        var afterRun = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        var contract = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(pay.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Accepted));
        Assert.That(beforeRun.Status, Is.EqualTo(ChargeStatus.AwaitingPayment), "the Pix callback went nowhere");
        Assert.That(afterRun.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Active));
    }

    [Test]
    public async Task LostCallbackOfOverduePix_IsHealed()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var checkoutId = created["checkoutId"]!.GetValue<string>();
        await ApiServer.QueryAsync(db => db.Charges
            .Where(c => c.TenantId == plan.TenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ChargeStatus.Overdue)));
        await RegisterPixWebhookAsync(DeadCallbackBase);

        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        await Task.Delay(500);
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReconciliationRunner>().RunAsync(CancellationToken.None);
        }

        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Paid), "an overdue charge stays payable, and its lost callback is read back");
    }

    [Test]
    public async Task LostBoletoNotification_IsHealedByReconciliation()
    {
        var plan = await TestPlans.CreateAsync();
        await TestPlans.AddEfiBoletoAsync(plan);

        // Dropped from the start: a notification of the issue arriving after the payment would read "paid" back.
        ApiServer.Sandbox.Faults.DropDeliveries = true;
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), Guid.NewGuid().ToString()));

        var pay = await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{created["checkoutId"]!.GetValue<string>()}/pay", null);
        await Task.Delay(500);
        var beforeRun = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        var result = await RunReconciliationAsync();
        var afterRun = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        var contract = await ApiServer.QueryAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(pay.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Accepted));
        Assert.That(beforeRun.Status, Is.EqualTo(ChargeStatus.AwaitingPayment), "the notification was dropped");
        Assert.That(afterRun.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Active));
        Assert.That(result.ChargesChanged, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task LostCardPaidNotification_IsHealedByReconciliation()
    {
        var plan = await TestPlans.CreateAsync();
        ApiServer.Sandbox.Faults.DropDeliveries = true;
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString()));

        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{created["checkoutId"]!.GetValue<string>()}/pay", null);
        await Task.Delay(500);
        var beforeRun = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        await RunReconciliationAsync();
        var afterRun = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(beforeRun.Status, Is.EqualTo(ChargeStatus.Approved), "the card was approved and EFI's paid notification was dropped");
        Assert.That(afterRun.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(afterRun.PaidAt, Is.Not.Null);
    }

    [Test]
    public async Task UnpaidBoleto_IsLeftAsItIs()
    {
        var plan = await TestPlans.CreateAsync();
        await TestPlans.AddEfiBoletoAsync(plan);
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), Guid.NewGuid().ToString());

        await RunReconciliationAsync();
        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.AwaitingPayment));
        Assert.That(charge.PaidAt, Is.Null);
    }

    [Test]
    public async Task UnknownCharge_DoesNotStopTheRun()
    {
        var unknown = await TestPlans.CreateAsync();
        await CheckoutApi.SubmitAsync(unknown.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        await ApiServer.QueryAsync(db => db.Charges
            .Where(c => c.TenantId == unknown.TenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ProviderChargeId, "txid-desconhecido-da-efi-000001").SetProperty(c => c.DueDate, new DateOnly(2000, 1, 1))));
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        await RegisterPixWebhookAsync(DeadCallbackBase);
        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{created["checkoutId"]!.GetValue<string>()}/pay", null);

        await RunReconciliationAsync();
        var charge = await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));
        await ApiServer.QueryAsync(db => db.Charges
            .Where(c => c.TenantId == unknown.TenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ChargeStatus.Cancelled)));

        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Paid), "the charge EFI cannot find, read first, did not stop the run");
    }

    private static async Task<ReconciliationResult> RunReconciliationAsync()
    {
        await using var scope = ApiServer.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReconciliationRunner>().RunAsync(CancellationToken.None);
    }

    private static async Task RegisterPixWebhookAsync(Uri baseUrl)
    {
        await using var scope = ApiServer.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EfiPixWebhookRegistrar>().RegisterAsync(baseUrl, CancellationToken.None);
    }
}
