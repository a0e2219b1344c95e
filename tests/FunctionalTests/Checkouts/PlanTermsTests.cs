using System.Net;
using Conexa.Domain.Tenants;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Checkouts;

/// <summary>The contract a customer reads on the public page before accepting it.</summary>
public sealed class PlanTermsTests
{
    [Test]
    public async Task DefaultTerms_AreFilledForThePlan()
    {
        var plan = await TestPlans.CreateAsync();

        var response = await ApiServer.Client.GetAsync($"/api/public/plans/{plan.LinkToken}/terms");
        var terms = await CheckoutApi.ReadJsonAsync(response);
        var text = terms["text"]!.GetValue<string>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(terms["planName"]!.GetValue<string>(), Is.EqualTo("Estação fixa"));
        Assert.That(text, Does.Contain("R$ 350,00"));
        Assert.That(text, Does.Contain("[seu nome ou razão social]"));
        Assert.That(text, Does.Not.Contain("{"), "every placeholder is filled or marked");
    }

    [Test]
    public async Task PlanTemplate_IsTheTextShown()
    {
        var plan = await TestPlans.CreateAsync();
        await ApiServer.QueryAsync(async db =>
        {
            var stored = await db.Plans.SingleAsync(p => p.Id == plan.PlanId);
            stored.SetContractTemplate("{contratada} presta a {cliente} o plano {plano} na {unidade}, por {mensalidade} ao mês.");
            return await db.SaveChangesAsync();
        });

        var terms = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/plans/{plan.LinkToken}/terms"));

        Assert.That(terms["text"]!.GetValue<string>(), Does.EndWith("presta a [seu nome ou razão social] o plano Estação fixa na Unidade Centro, por R$ 350,00 ao mês."));
    }

    [Test]
    public async Task UnknownOrLightLink_IsRefused()
    {
        var light = await TestPlans.CreateAsync(tier: SubscriptionTier.Light);

        var unknown = await ApiServer.Client.GetAsync("/api/public/plans/link-que-nao-existe/terms");
        var unavailable = await ApiServer.Client.GetAsync($"/api/public/plans/{light.LinkToken}/terms");

        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unavailable.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
