using System.Text.Json.Nodes;
using Conexa.Domain.Customers;
using Conexa.Domain.Plans;
using Conexa.Domain.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Support;

/// <summary>
/// A tenant with two units, two plans and three contracts made through checkouts. João Silva has
/// Estação fixa (R$ 350,00, active, 6 Feb 2027). Ana Pereira has Sala privativa (R$ 1.000,00, awaiting
/// payment, 10 Mar 2027). Antônio Lima has Estação fixa (active, 15 Apr 2027) and is then marked as
/// registered by hand.
/// </summary>
public sealed record ReportTenant(Guid TenantId, Guid CentroUnitId, Guid PaulistaUnitId, Guid FixedDeskPlanId, Guid PrivateRoomPlanId)
{
    public const string JoaoDocument = "529.982.247-25";

    public static async Task<ReportTenant> CreateAsync()
    {
        var tenant = await ApiServer.QueryAsync(async db =>
        {
            var created = Tenant.Create($"Coworking {Guid.NewGuid():N}", SubscriptionTier.Pro, "contato@coworking.test");
            var centro = Unit.Create(created.Id, "Unidade Centro", null);
            var paulista = Unit.Create(created.Id, "Unidade Paulista", null);
            var fixedDesk = NewPlan(created.Id, centro.Id, "Estação fixa", 350.00m, ActivationPolicy.Immediate);
            var privateRoom = NewPlan(created.Id, paulista.Id, "Sala privativa", 1000.00m, ActivationPolicy.AfterFirstPayment);
            db.AddRange(created, centro, paulista, fixedDesk, privateRoom);
            await db.SaveChangesAsync();
            return new ReportTenant(created.Id, centro.Id, paulista.Id, fixedDesk.Id, privateRoom.Id);
        });

        try
        {
            await ContractAsync(tenant.FixedDeskPlanId, "João Silva", "joao@example.com", JoaoDocument, new DateOnly(2027, 2, 6));
            await ContractAsync(tenant.PrivateRoomPlanId, "Ana Pereira", "ana@example.com", "111.444.777-35", new DateOnly(2027, 3, 10));
            var antonio = await ContractAsync(tenant.FixedDeskPlanId, "Antônio Lima", "antonio@example.com", "123.456.789-09", new DateOnly(2027, 4, 15));
            await MarkRegisteredByHandAsync(antonio);
        }
        finally
        {
            ApiServer.Clock.Reset();
        }

        return tenant;
    }

    private static Plan NewPlan(Guid tenantId, Guid unitId, string name, decimal price, ActivationPolicy policy)
    {
        var plan = Plan.Create(tenantId, unitId, name, name, price);
        plan.SetActivationPolicy(policy);
        plan.SetPaymentOptions([new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi)]);
        return plan;
    }

    /// <summary>Submits a Pix checkout at noon in São Paulo on <paramref name="date"/> and returns the contract id.</summary>
    private static async Task<Guid> ContractAsync(Guid planId, string name, string email, string document, DateOnly date)
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(date.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero));
        var linkToken = await ApiServer.QueryAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.LinkToken).SingleAsync());
        var body = CheckoutApi.PersonBody("pix", document: document);
        body["customer"]!["name"] = name;
        body["customer"]!["email"] = email;

        var response = await CheckoutApi.SubmitAsync(linkToken, body, Guid.NewGuid().ToString());
        var checkout = await CheckoutApi.ReadJsonAsync(response);
        Assert.That(response.IsSuccessStatusCode, Is.True, checkout.ToJsonString());
        return Guid.Parse(checkout["contractId"]!.GetValue<string>());
    }

    /// <summary>Stands in for a contract keyed in by an operator, which no route creates yet.</summary>
    private static Task MarkRegisteredByHandAsync(Guid contractId) =>
        ApiServer.QueryAsync(async db =>
        {
            var contract = await db.Contracts.SingleAsync(c => c.Id == contractId);
            db.Entry(contract).Property(c => c.RegisteredBy).CurrentValue = RegisteredBy.Manual;
            return await db.SaveChangesAsync();
        });

    /// <summary>Returns the customer names of a list response, in order.</summary>
    public static string[] Names(JsonNode page) =>
        page["items"]!.AsArray().Select(i => i!["customerName"]!.GetValue<string>()).ToArray();
}
