using System.Text.Json.Nodes;
using Conexa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Support;

/// <summary>Plans and checkout bodies for Inter boleto tests.</summary>
public static class InterCheckouts
{
    /// <summary>Creates a plan that offers Inter boleto and EFI Pix, with the default form (no address fields).</summary>
    public static async Task<TestPlan> CreatePlanAsync()
    {
        var plan = await TestPlans.CreateAsync();
        await ApiServer.QueryAsync(async db =>
        {
            var stored = await db.Plans.SingleAsync(p => p.Id == plan.PlanId);
            stored.SetPaymentOptions([new PaymentOption(PaymentMethod.Boleto, PaymentProvider.Inter), new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi)]);
            return await db.SaveChangesAsync();
        });
        return plan;
    }

    /// <summary>Adds Inter boleto to the plan's payment options, keeping the others.</summary>
    public static Task AddInterBoletoAsync(TestPlan plan) =>
        ApiServer.QueryAsync(async db =>
        {
            var stored = await db.Plans.SingleAsync(p => p.Id == plan.PlanId);
            stored.SetPaymentOptions([.. stored.PaymentOptions, new PaymentOption(PaymentMethod.Boleto, PaymentProvider.Inter)]);
            return await db.SaveChangesAsync();
        });

    public static JsonObject Address() => new()
    {
        ["street"] = "Avenida Paulista",
        ["number"] = "1000",
        ["complement"] = "Conjunto 12",
        ["district"] = "Bela Vista",
        ["city"] = "São Paulo",
        ["state"] = "SP",
        ["postalCode"] = "01310-100",
    };

    /// <summary>A person paying by Inter boleto, with the address unless <paramref name="withAddress"/> is false.</summary>
    public static JsonObject PersonBody(bool withAddress = true)
    {
        var body = CheckoutApi.PersonBody("boleto");
        body["payment"]!["provider"] = "inter";
        if (withAddress)
        {
            body["customer"]!["address"] = Address();
        }

        return body;
    }

    /// <summary>A company paying by Inter boleto, with an alphanumeric CNPJ by default.</summary>
    public static JsonObject CompanyBody(bool withAddress = true, string document = "12.ABC.345/01DE-35")
    {
        var body = CheckoutApi.CompanyBody(document);
        body["payment"] = new JsonObject { ["method"] = "boleto", ["provider"] = "inter" };
        if (withAddress)
        {
            body["customer"]!["address"] = Address();
        }

        return body;
    }

    /// <summary>Submits a checkout and returns its id and first response.</summary>
    public static async Task<(string CheckoutId, JsonNode Checkout)> SubmitAsync(TestPlan plan, JsonObject? body = null)
    {
        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body ?? PersonBody(), Guid.NewGuid().ToString());
        var checkout = await CheckoutApi.ReadJsonAsync(response);
        return (checkout["checkoutId"]!.GetValue<string>(), checkout);
    }

    public static string PaymentStatus(JsonNode checkout) => checkout["payment"]!["status"]!.GetValue<string>();
}
