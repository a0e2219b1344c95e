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
    public async Task RestoreWebhookAsync() => await RegisterPixWebhookAsync(ApiServer.Services.GetRequiredService<PublicUrls>().BaseUrl!);

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

    private static async Task RegisterPixWebhookAsync(Uri baseUrl)
    {
        await using var scope = ApiServer.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EfiPixWebhookRegistrar>().RegisterAsync(baseUrl, CancellationToken.None);
    }
}
