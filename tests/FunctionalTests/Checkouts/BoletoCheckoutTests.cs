using System.Net;
using Conexa.Domain.Plans;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Checkouts;

public sealed class BoletoCheckoutTests
{
    [TearDown]
    public void ResetClock() => ApiServer.Clock.Reset();

    [Test]
    public async Task EfiBoleto_DueInThreeDays()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 2, 7, 15, 0, 0, TimeSpan.Zero));
        var plan = await PlanWithEfiBoletoAsync();

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), Guid.NewGuid().ToString());
        var payment = (await CheckoutApi.ReadJsonAsync(response))["payment"]!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(payment["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
        Assert.That(payment["dueDate"]!.GetValue<string>(), Is.EqualTo("2027-02-10"));
        Assert.That(payment["boletoDigitableLine"]!.GetValue<string>().Count(char.IsAsciiDigit), Is.EqualTo(47));
        Assert.That(payment["boletoBarcode"]!.GetValue<string>(), Has.Length.EqualTo(44));
        Assert.That(payment["boletoPdfUrl"]!.GetValue<string>(), Does.StartWith("http"));
        Assert.That(payment["pixCopyPaste"]!.GetValue<string>(), Does.StartWith("000201"), "EFI's boleto with Pix");
    }

    [Test]
    public async Task PaidBoleto_ActivatesTheContractThroughTheNotification()
    {
        var plan = await PlanWithEfiBoletoAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), Guid.NewGuid().ToString()));
        var checkoutId = created["checkoutId"]!.GetValue<string>();

        var pay = await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        var checkout = await CheckoutApi.WaitForAsync(checkoutId, c => c["status"]!.GetValue<string>() == "active");

        Assert.That(pay.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(checkout["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("paid"));
        Assert.That(created["payment"]!["boletoDigitableLine"], Is.Not.Null, "issued while unpaid");
        Assert.That(checkout["payment"]!["boletoDigitableLine"], Is.Null, "a paid boleto is no longer offered");
        Assert.That(checkout["payment"]!["boletoBarcode"], Is.Null);
        Assert.That(checkout["payment"]!["boletoPdfUrl"], Is.Null);
        Assert.That(checkout["payment"]!["pixCopyPaste"], Is.Null);
    }

    [Test]
    public async Task BoletoWithoutProvider_NamesProviderField()
    {
        var plan = await PlanWithEfiBoletoAsync();
        await ApiServer.QueryAsync(async db =>
        {
            var stored = await db.Plans.SingleAsync(p => p.Id == plan.PlanId);
            stored.SetPaymentOptions([.. stored.PaymentOptions, new PaymentOption(PaymentMethod.Boleto, PaymentProvider.Inter)]);
            return await db.SaveChangesAsync();
        });
        var body = CheckoutApi.PersonBody("boleto");
        body["payment"]!.AsObject().Remove("provider");

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("payment.method"), Is.False);
        Assert.That(errors["payment.provider"]![0]!.GetValue<string>(), Does.Contain("efi ou inter"));
    }

    private static async Task<TestPlan> PlanWithEfiBoletoAsync()
    {
        var plan = await TestPlans.CreateAsync();
        await TestPlans.AddEfiBoletoAsync(plan);
        return plan;
    }
}
