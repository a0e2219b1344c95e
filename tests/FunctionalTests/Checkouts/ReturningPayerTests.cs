using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conexa.Application.Payments.RecoverPaymentStarts;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Checkouts;

/// <summary>
/// A checkout by someone with the CPF of a customer already on file. The provider's boleto, which the
/// submitter downloads, must carry what the submitter typed and none of the stored name and address.
/// </summary>
public sealed class ReturningPayerTests
{
    [Test]
    public async Task SecondCheckout_BoletoCarriesTypedPayer()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        await InterCheckouts.SubmitAsync(plan, OwnerBody());
        var before = ApiServer.InterSandbox.Charges.Count;

        var (_, checkout) = await InterCheckouts.SubmitAsync(plan, StrangerBody());
        var boleto = ApiServer.InterSandbox.Charges.Skip(before).Single();
        var stored = await ApiServer.QueryAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(InterCheckouts.PaymentStatus(checkout), Is.Not.EqualTo("declined"));
        Assert.That(boleto.CpfCnpj, Is.EqualTo("52998224725"));
        Assert.That(boleto.Nome, Is.EqualTo("Outra Pessoa"));
        Assert.That(boleto.Endereco, Is.EqualTo("Rua do Remetente"));
        Assert.That(stored.Name, Is.EqualTo("Dona do Cadastro"), "the stored record keeps its name");
        Assert.That(stored.Address!.Street, Is.EqualTo("Rua Guardada"), "the stored record keeps its address");
    }

    [Test]
    public async Task TerminationCharge_CarriesTypedPayer()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        await InterCheckouts.SubmitAsync(plan, OwnerBody());
        var (checkoutId, second) = await InterCheckouts.SubmitAsync(plan, StrangerBody());
        await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "awaitingPayment");
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var before = ApiServer.InterSandbox.Charges.Count;

        // Terminated before its first payment, the checkout's page shows the pro-rata charge in its place.
        var endDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var termination = await admin.PostAsJsonAsync($"/api/contracts/{second["contractId"]!.GetValue<string>()}/termination", new { endDate });
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        var boleto = ApiServer.InterSandbox.Charges.Skip(before).Single();
        Assert.That(termination.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), await termination.Content.ReadAsStringAsync());
        Assert.That(boleto.Nome, Is.EqualTo("Outra Pessoa"));
        Assert.That(boleto.Endereco, Is.EqualTo("Rua do Remetente"));
    }

    [Test]
    public async Task FirstCheckout_BoletoCarriesStoredCustomer()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var before = ApiServer.InterSandbox.Charges.Count;

        await InterCheckouts.SubmitAsync(plan, OwnerBody());
        var boleto = ApiServer.InterSandbox.Charges.Skip(before).Single();
        var storedPayerName = await ApiServer.QueryAsync(db => db.Checkouts.AsNoTracking().Where(c => c.TenantId == plan.TenantId).Select(c => c.PayerName).SingleAsync());

        Assert.That(boleto.Nome, Is.EqualTo("Dona do Cadastro"));
        Assert.That(storedPayerName, Is.Null, "a new customer's details are the stored ones, so the checkout keeps no copy");
    }

    [Test]
    public async Task TypedPayer_ExportedThenErased()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        await InterCheckouts.SubmitAsync(plan, OwnerBody());
        var (_, second) = await InterCheckouts.SubmitAsync(plan, StrangerBody());
        var contractId = second["contractId"]!.GetValue<string>();
        var customerId = await ApiServer.QueryAsync(db => db.Customers.Where(c => c.TenantId == plan.TenantId).Select(c => c.Id).SingleAsync());
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var exported = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/customers/{customerId}/personal-data"));
        var erased = await admin.PostAsync($"/api/customers/{customerId}/anonymisation", null);
        var left = await ApiServer.QueryAsync(db => db.Checkouts.AsNoTracking()
            .Where(c => c.TenantId == plan.TenantId)
            .Select(c => new { c.PayerName, c.PayerEmail, c.PayerPhone, Street = c.PayerAddress == null ? null : c.PayerAddress.Street })
            .ToListAsync());

        var payer = exported["contracts"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == contractId)!["checkoutPayer"]!;
        Assert.That(payer["name"]!.GetValue<string>(), Is.EqualTo("Outra Pessoa"));
        Assert.That(payer["email"]!.GetValue<string>(), Is.EqualTo("outra@example.com"));
        Assert.That(payer["address"]!.GetValue<string>(), Does.StartWith("Rua do Remetente, 5"));
        Assert.That(erased.IsSuccessStatusCode, Is.True);
        Assert.That(left.Select(c => c.PayerName), Is.All.Null);
        Assert.That(left.Select(c => c.PayerEmail), Is.All.Null);
        Assert.That(left.Select(c => c.PayerPhone), Is.All.Null);
        Assert.That(left.Select(c => c.Street), Is.All.Null);
    }

    private static JsonObject OwnerBody()
    {
        var body = InterCheckouts.PersonBody();
        body["customer"]!["name"] = "Dona do Cadastro";
        body["customer"]!["address"]!["street"] = "Rua Guardada";
        return body;
    }

    private static JsonObject StrangerBody()
    {
        var body = InterCheckouts.PersonBody();
        body["customer"]!["name"] = "Outra Pessoa";
        body["customer"]!["email"] = "outra@example.com";
        body["customer"]!["address"]!["street"] = "Rua do Remetente";
        body["customer"]!["address"]!["number"] = "5";
        return body;
    }
}
