using System.Net;
using System.Text.Json.Nodes;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Checkouts;

/// <summary>Inter registers a boleto only with the payer's address, even when the plan's form hides it.</summary>
public sealed class InterAddressTests
{
    private static readonly string[] AddressFields =
    [
        "customer.address.street", "customer.address.number", "customer.address.district",
        "customer.address.city", "customer.address.state", "customer.address.postalCode",
    ];

    [Test]
    public async Task PersonWithoutAddress_NamesEachField()
    {
        var plan = await InterCheckouts.CreatePlanAsync();

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, InterCheckouts.PersonBody(withAddress: false), Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.Select(e => e.Key), Is.SupersetOf(AddressFields));
        Assert.That(errors["customer.address.street"]![0]!.GetValue<string>(), Does.Contain("Banco Inter"));
        await AssertNothingStoredAsync(plan);
    }

    [Test]
    public async Task CompanyWithoutAddress_NamesEachField()
    {
        var plan = await InterCheckouts.CreatePlanAsync();

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, InterCheckouts.CompanyBody(withAddress: false), Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.Select(e => e.Key), Is.SupersetOf(AddressFields));
        await AssertNothingStoredAsync(plan);
    }

    [Test]
    public async Task PartialAddress_NamesOnlyMissingFields()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var body = InterCheckouts.PersonBody(withAddress: false);
        body["customer"]!["address"] = new JsonObject { ["street"] = "Avenida Paulista", ["city"] = "São Paulo" };

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.Select(e => e.Key), Is.SupersetOf(new[]
        {
            "customer.address.number", "customer.address.district", "customer.address.state", "customer.address.postalCode",
        }));
        Assert.That(errors.ContainsKey("customer.address.street"), Is.False);
        Assert.That(errors.ContainsKey("customer.address.city"), Is.False);
    }

    [Test]
    public async Task EfiBoletoWithoutAddress_IsAccepted()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        await TestPlans.AddEfiBoletoAsync(plan);
        var body = CheckoutApi.PersonBody("boleto");

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), "only Inter needs the address");
    }

    private static Task AssertNothingStoredAsync(TestPlan plan) =>
        ApiServer.QueryAsync(async db =>
        {
            Assert.That(await db.Contracts.CountAsync(c => c.TenantId == plan.TenantId), Is.Zero, "contracts");
            return true;
        });
}
