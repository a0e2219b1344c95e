using System.Net;
using System.Net.Http.Json;
using Conexa.Application.Billing;
using Conexa.Application.Payments.RecoverPaymentStarts;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Checkouts;

public sealed class CardCheckoutTests
{
    [TearDown]
    public void ResetClock() => ApiServer.Clock.Reset();

    [Test]
    public async Task ApprovedCard_ActivatesTheContract()
    {
        var plan = await TestPlans.CreateAsync();

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString());
        var checkout = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(checkout["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("approved"));
        var providerCharge = ApiServer.Sandbox.Charges.Single(c => c.CustomId == ChargeReference(checkout));
        Assert.That(providerCharge.Total, Is.EqualTo(45000), "EFI Charges takes integer cents");
    }

    [Test]
    public async Task DeclinedCard_ReportsReason()
    {
        var plan = await TestPlans.CreateAsync();

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-declined"), Guid.NewGuid().ToString());
        var checkout = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("paymentDeclined"));
        Assert.That(checkout["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("declined"));
        Assert.That(checkout["payment"]!["declineReason"]!.GetValue<string>(), Is.Not.Empty);
    }

    [Test]
    public async Task DeclinedCard_ShownToTheAdmin()
    {
        var plan = await TestPlans.CreateAsync();
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-declined"), Guid.NewGuid().ToString()));
        var reason = checkout["payment"]!["declineReason"]!.GetValue<string>();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var contract = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{checkout["contractId"]!.GetValue<string>()}"));
        var declined = contract["audit"]!.AsArray().SingleOrDefault(entry => entry!["action"]!.GetValue<string>() == "charge.declined");

        Assert.That(contract["charges"]![0]!["declineReason"]!.GetValue<string>(), Is.EqualTo(reason));
        Assert.That(declined, Is.Not.Null, "the history records the refusal");
        Assert.That(declined!["details"]!.GetValue<string>(), Is.EqualTo(reason));
        Assert.That(declined["actor"]!.GetValue<string>(), Is.EqualTo("provider:efi"));
    }

    [Test]
    public async Task DeclinedCard_RetriedWithAnotherCard_IsApproved()
    {
        var plan = await TestPlans.CreateAsync();
        var declined = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-declined"), Guid.NewGuid().ToString()));
        var checkoutId = declined["checkoutId"]!.GetValue<string>();

        var retry = await ApiServer.Client.PostAsJsonAsync($"/api/public/checkouts/{checkoutId}/payments", new { method = "card", cardToken = "sandbox-approved" });
        var checkout = await CheckoutApi.ReadJsonAsync(retry);
        var repeated = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.PostAsJsonAsync($"/api/public/checkouts/{checkoutId}/payments", new { method = "card", cardToken = "sandbox-approved" }));

        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(repeated["status"]!.GetValue<string>(), Is.EqualTo("active"));
        var chargeId = await ChargeIdAsync(checkout);
        Assert.That(ApiServer.Sandbox.Charges.Count(c => c.CustomId!.StartsWith(chargeId, StringComparison.Ordinal)), Is.EqualTo(2), "one declined and one approved provider charge, no third");
    }

    [Test]
    public async Task RetryOfCancelledContract_ChargesNothing()
    {
        var plan = await TestPlans.CreateAsync();
        var declined = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-declined"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(declined["contractId"]!.GetValue<string>());
        await ApiServer.QueryAsync(async db =>
        {
            var contract = await db.Contracts.SingleAsync(c => c.Id == contractId);
            contract.CancelUnpaid(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var chargesBefore = ApiServer.Sandbox.Charges.Count;

        var retry = await ApiServer.Client.PostAsJsonAsync($"/api/public/checkouts/{declined["checkoutId"]!.GetValue<string>()}/payments", new { method = "card", cardToken = "sandbox-approved" });
        var problem = await CheckoutApi.ReadJsonAsync(retry);

        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), problem.ToJsonString());
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("nada foi cobrado"));
        Assert.That(ApiServer.Sandbox.Charges, Has.Count.EqualTo(chargesBefore), "no card charge at EFI");
    }

    [Test]
    public async Task CardRetryOfOpenPix_IsRejected()
    {
        var plan = await TestPlans.CreateAsync();
        var pix = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var chargesBefore = ApiServer.Sandbox.Charges.Count;

        var retry = await ApiServer.Client.PostAsJsonAsync($"/api/public/checkouts/{pix["checkoutId"]!.GetValue<string>()}/payments", new { method = "card", cardToken = "sandbox-approved" });
        var problem = await CheckoutApi.ReadJsonAsync(retry);
        var checkout = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/checkouts/{pix["checkoutId"]!.GetValue<string>()}"));

        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), problem.ToJsonString());
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("Pix"));
        Assert.That(ApiServer.Sandbox.Charges, Has.Count.EqualTo(chargesBefore), "no card charge at EFI");
        Assert.That(checkout["payment"]!["method"]!.GetValue<string>(), Is.EqualTo("pix"));
        Assert.That(checkout["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
    }

    [Test]
    public async Task PixRetryWhileCardRetryStarts_IsRejected()
    {
        var plan = await TestPlans.CreateAsync();
        var declined = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-declined"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(declined["contractId"]!.GetValue<string>());

        // As while a concurrent card retry holds the start lease and calls EFI.
        await ApiServer.QueryAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"""UPDATE "Charges" SET "Status" = {nameof(ChargeStatus.Pending)}, "PaymentStartLeaseUntil" = {DateTimeOffset.UtcNow.AddSeconds(60)} WHERE "ContractId" = {contractId}"""));
        var pix = await ApiServer.Client.PostAsJsonAsync($"/api/public/checkouts/{declined["checkoutId"]!.GetValue<string>()}/payments", new { method = "pix" });
        var problem = await CheckoutApi.ReadJsonAsync(pix);

        Assert.That(pix.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("payment-starting"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("Cartão de crédito"));
    }

    [Test]
    public async Task DeclinedCardRetriedWithBoleto_IssuesEfiBoleto()
    {
        var plan = await TestPlans.CreateAsync();
        await TestPlans.AddEfiBoletoAsync(plan);
        await InterCheckouts.AddInterBoletoAsync(plan);
        var declined = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-declined"), Guid.NewGuid().ToString()));

        var retry = await ApiServer.Client.PostAsJsonAsync($"/api/public/checkouts/{declined["checkoutId"]!.GetValue<string>()}/payments", new { method = "boleto" });
        var retried = await CheckoutApi.ReadJsonAsync(retry);

        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.OK), retried.ToJsonString());
        Assert.That(retried["payment"]!["method"]!.GetValue<string>(), Is.EqualTo("boleto"));
        Assert.That(retried["payment"]!["provider"]!.GetValue<string>(), Is.EqualTo("efi"), "with two banks, the one that needs no address");
        Assert.That(retried["payment"]!["boletoDigitableLine"]!.GetValue<string>(), Is.Not.Empty);
        var firstDueDate = DateOnly.ParseExact(declined["payment"]!["dueDate"]!.GetValue<string>(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(retried["payment"]!["dueDate"]!.GetValue<string>(), Is.EqualTo(firstDueDate.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "a boleto gets the tenant's three boleto days, as at checkout");
    }

    [Test]
    public async Task DeclinedCardRetriedWithPix_SwitchesContract()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.Immediate);
        var declined = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-declined"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(declined["contractId"]!.GetValue<string>());

        var retry = await ApiServer.Client.PostAsJsonAsync($"/api/public/checkouts/{declined["checkoutId"]!.GetValue<string>()}/payments", new { method = "pix" });
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 4, 8, 12, 0, 0, TimeSpan.Zero));
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BillingRunner>().RunAsync(CancellationToken.None, plan.TenantId);
            await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        var contract = await ApiServer.QueryAsync(db => db.Contracts.SingleAsync(c => c.Id == contractId));
        var april = await ApiServer.QueryAsync(db => db.Charges.SingleAsync(c => c.ContractId == contractId && c.PeriodIndex == 1));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(contract.PaymentOption.Method, Is.EqualTo(PaymentMethod.Pix));
        Assert.That(april.PaymentOption.Method, Is.EqualTo(PaymentMethod.Pix));
        Assert.That(april.Status, Is.EqualTo(ChargeStatus.AwaitingPayment), "the April Pix code was issued");
    }

    [Test]
    public async Task ApprovedCard_PaidLater_IsConfirmed()
    {
        var plan = await TestPlans.CreateAsync();
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString()));
        var checkoutId = checkout["checkoutId"]!.GetValue<string>();

        var pay = await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        var paid = await CheckoutApi.WaitForAsync(checkoutId, c => c["payment"]!["status"]!.GetValue<string>() == "paid");

        Assert.That(pay.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(paid["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("paid"));
        Assert.That(paid["status"]!.GetValue<string>(), Is.EqualTo("active"));
    }

    private static string ChargeReference(System.Text.Json.Nodes.JsonNode checkout) =>
        ChargeIdAsync(checkout).GetAwaiter().GetResult();

    private static Task<string> ChargeIdAsync(System.Text.Json.Nodes.JsonNode checkout)
    {
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());
        return ApiServer.QueryAsync(db => Task.FromResult(db.Charges.Single(c => c.ContractId == contractId).Id.ToString("N")));
    }
}
