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
    public async Task EfiBoleto_NumbersHaveValidCheckDigits()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 2, 7, 15, 0, 0, TimeSpan.Zero));
        var plan = await PlanWithEfiBoletoAsync();

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), Guid.NewGuid().ToString());
        var payment = (await CheckoutApi.ReadJsonAsync(response))["payment"]!;
        var line = string.Concat(payment["boletoDigitableLine"]!.GetValue<string>().Where(char.IsAsciiDigit));
        var barcode = payment["boletoBarcode"]!.GetValue<string>();

        Assert.That(line[..3], Is.EqualTo("364"), "EFI's bank code");
        Assert.That(line[9] - '0', Is.EqualTo(Modulo10(line[..9])), "first field");
        Assert.That(line[20] - '0', Is.EqualTo(Modulo10(line[10..20])), "second field");
        Assert.That(line[31] - '0', Is.EqualTo(Modulo10(line[21..31])), "third field");
        Assert.That(barcode[4] - '0', Is.EqualTo(Modulo11(barcode[..4] + barcode[5..])), "barcode");
        Assert.That(barcode[5..9], Is.EqualTo("1718"), "due factor of 10/02/2027: 1000 on 22/02/2025 plus 718 days");
        Assert.That(barcode[9..19], Is.EqualTo("0000045000"), "R$ 450,00");
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

    /// <summary>Returns the FEBRABAN modulo 10 check digit: weights 2 and 1 from the right, digits of products summed.</summary>
    private static int Modulo10(string digits)
    {
        var sum = digits.Reverse().Select((digit, i) => (digit - '0') * (i % 2 == 0 ? 2 : 1)).Sum(product => (product / 10) + (product % 10));
        return (10 - (sum % 10)) % 10;
    }

    /// <summary>Returns the barcode's modulo 11 check digit: weights 2 to 9 from the right, and 1 where 0, 10 or 11 would come out.</summary>
    private static int Modulo11(string digits)
    {
        var sum = digits.Reverse().Select((digit, i) => (digit - '0') * (2 + (i % 8))).Sum();
        var check = 11 - (sum % 11);
        return check is 0 or 10 or 11 ? 1 : check;
    }

    private static async Task<TestPlan> PlanWithEfiBoletoAsync()
    {
        var plan = await TestPlans.CreateAsync();
        await TestPlans.AddEfiBoletoAsync(plan);
        return plan;
    }
}
