using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conexa.Domain.Emails;
using Conexa.Domain.Plans;
using Conexa.FunctionalTests.Support;
using Conexa.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Customers;

public sealed class PersonalDataTests
{
    [Test]
    public async Task Export_ListsTheCustomersData()
    {
        var (plan, customerId, email) = await CustomerWithLoginAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.GetAsync($"/api/customers/{customerId}/personal-data");
        var data = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(data["name"]!.GetValue<string>(), Is.EqualTo("Maria Souza"));
        Assert.That(data["email"]!.GetValue<string>(), Is.EqualTo(email));
        Assert.That(data["document"]!.GetValue<string>(), Is.EqualTo("529.982.247-25"));
        Assert.That(data["kind"]!.GetValue<string>(), Is.EqualTo("person"), "enum values as on the other routes");
        Assert.That(data["contracts"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(data["contracts"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
        Assert.That(data["contracts"]![0]!["charges"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(data["contracts"]![0]!["charges"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
    }

    [Test]
    public async Task Anonymise_ErasesPersonalDataAndKeepsMoney()
    {
        var (plan, customerId, email) = await CustomerWithLoginAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsync($"/api/customers/{customerId}/anonymisation", null);
        var data = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/customers/{customerId}/personal-data"));
        await using var scope = ApiServer.Services.CreateAsyncScope();
        var login = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        var charges = await ApiServer.QueryAsync(db => db.Charges.Where(c => c.CustomerId == customerId).ToListAsync());
        var terms = await ApiServer.QueryAsync(db => db.ContractDocuments
            .Where(d => db.Contracts.Any(c => c.Id == d.ContractId && c.CustomerId == customerId))
            .Select(d => d.Title + "\n" + d.Text)
            .SingleAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(data["name"]!.GetValue<string>(), Is.EqualTo("Titular anonimizado"));
        Assert.That(data["document"]!.GetValue<string>(), Is.EqualTo("000.000.000-00"));
        Assert.That(data["email"]!.GetValue<string>(), Does.Not.Contain("maria"));
        Assert.That(data["linkedPeople"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("Titular anonimizado"));
        Assert.That(data["anonymisedAt"], Is.Not.Null);
        Assert.That(login, Is.Null, "the client-area login is deleted");
        Assert.That(charges.Single().Amount, Is.EqualTo(450.00m), "financial records stay");
        Assert.That(terms, Does.Not.Contain("Maria Souza"));
        Assert.That(terms, Does.Not.Contain("529.982.247-25"));
        Assert.That(terms, Does.Not.Contain(email));
        Assert.That(terms, Does.Contain("[dado removido]"));
        Assert.That(terms, Does.Contain("R$ 350,00"), "the terms keep their amounts");
    }

    [Test]
    public async Task Anonymise_ErasesChargeEmails()
    {
        var plan = await TestPlans.CreateAsync();
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString()));
        await SentEmails.WaitForAsync(plan.TenantId, EmailKind.PaymentConfirmed);
        var customerId = await ApiServer.QueryAsync(db => db.Customers.Where(c => c.TenantId == plan.TenantId).Select(c => c.Id).SingleAsync());
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var erase = await admin.PostAsync($"/api/customers/{customerId}/anonymisation", null);
        var emails = await ApiServer.QueryAsync(db => db.EmailMessages.AsNoTracking().Where(m => m.TenantId == plan.TenantId).ToListAsync());

        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(erase.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(emails.Select(m => m.Kind), Does.Contain(EmailKind.PaymentConfirmed), "an e-mail related to the charge, not the contract");
        Assert.That(emails.Select(m => m.To), Has.None.EqualTo("maria@example.com"));
        Assert.That(emails.Select(m => m.Body), Has.None.Contain("Maria Souza"));
    }

    [Test]
    public async Task Attachments_AreExportedThenErased()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var attachmentId = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(2048), "comprovante de residência.pdf");
        var body = CheckoutApi.PersonBody("pix");
        body["attachmentIds"] = new System.Text.Json.Nodes.JsonArray(attachmentId);
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
        var contractId = checkout["contractId"]!.GetValue<string>();
        var customerId = await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.TenantId == plan.TenantId).Select(c => c.CustomerId).SingleAsync());
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var exported = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/customers/{customerId}/personal-data"));
        var anonymised = await admin.PostAsync($"/api/customers/{customerId}/anonymisation", null);
        var contract = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}"));
        var download = await admin.GetAsync($"/api/contracts/{contractId}/attachments/{attachmentId}");
        var storedFiles = await ApiServer.QueryAsync(db => db.StoredFiles.CountAsync(f => f.Id == Guid.Parse(attachmentId)));

        Assert.That(exported["contracts"]![0]!["attachments"]![0]!["fileName"]!.GetValue<string>(), Is.EqualTo("comprovante de residência.pdf"));
        Assert.That(anonymised.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(contract["attachments"]!.AsArray(), Is.Empty);
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(storedFiles, Is.Zero, "the bytes are deleted too");
    }

    [Test]
    public async Task OtherTenantsCustomer_IsNotFound()
    {
        var (_, customerId, _) = await CustomerWithLoginAsync();
        var other = await TestPlans.CreateAsync();
        using var otherAdmin = await AdminClients.SignInAsync(other.TenantId);

        var export = await otherAdmin.GetAsync($"/api/customers/{customerId}/personal-data");
        var erase = await otherAdmin.PostAsync($"/api/customers/{customerId}/anonymisation", null);

        Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(erase.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Anonymise_EndsCustomerSessions()
    {
        var (plan, customerId, email) = await CustomerWithLoginAsync();
        var login = await ApiServer.Client.PostAsJsonAsync("/api/auth/login", new { email, password = "senha2026segura" });
        var token = JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
        using var customer = new HttpClient { BaseAddress = ApiServer.Client.BaseAddress };
        customer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var before = await customer.GetAsync("/api/client/contracts");
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        await admin.PostAsync($"/api/customers/{customerId}/anonymisation", null);
        using var after = await customer.GetAsync("/api/client/contracts");

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private static async Task<(TestPlan Plan, Guid CustomerId, string Email)> CustomerWithLoginAsync()
    {
        var plan = await TestPlans.CreateAsync(form: FormConfiguration.Default with { Password = FormField.Optional });
        var email = $"maria-{Guid.NewGuid():N}@example.com";
        var body = CheckoutApi.PersonBody("pix");
        body["customer"]!["email"] = email;
        body["customer"]!["password"] = "senha2026segura";
        await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var customerId = await ApiServer.QueryAsync(db => db.Customers.Where(c => c.TenantId == plan.TenantId).Select(c => c.Id).SingleAsync());
        return (plan, customerId, email);
    }
}
