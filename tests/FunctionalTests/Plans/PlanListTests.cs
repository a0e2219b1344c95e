using System.Net;
using Conexa.Domain.Plans;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Plans;

public sealed class PlanListTests
{
    [Test]
    public async Task BoletoWithImmediateAccess_IsWarned()
    {
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.Immediate);
        await ApiServer.QueryAsync(async db =>
        {
            var stored = await db.Plans.SingleAsync(p => p.Id == plan.PlanId);
            stored.SetPaymentOptions([new PaymentOption(PaymentMethod.Boleto, PaymentProvider.Inter), new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi)]);
            return await db.SaveChangesAsync();
        });
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.GetAsync("/api/plans");
        var plans = (await CheckoutApi.ReadJsonAsync(response)).AsArray();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(plans, Has.Count.EqualTo(1), "only the caller's tenant's plans");
        Assert.That(plans[0]!["checkoutPath"]!.GetValue<string>(), Is.EqualTo($"/checkout/{plan.LinkToken}"));
        Assert.That(plans[0]!["warnings"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("boleto-immediate-access"));
    }

    [Test]
    public async Task PixAfterPayment_HasNoWarning()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var plans = (await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/plans"))).AsArray();

        Assert.That(plans[0]!["warnings"]!.AsArray(), Is.Empty);
    }
}
