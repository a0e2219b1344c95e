using System.Net;
using System.Text;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Signatures;

public sealed class ContractDocumentTests
{
    [Test]
    public async Task Document_IsPdfWithCustomerAndTerms()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId, role: "staff");
        var startDate = await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.StartDate).SingleAsync());

        var response = await admin.GetAsync($"/api/contracts/{contractId}/document");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = PdfText.Of(bytes);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(Encoding.Latin1.GetString(bytes, 0, 5), Is.EqualTo("%PDF-"));
        Assert.That(Encoding.Latin1.GetString(bytes), Does.Contain("+DejaVu#20Sans#20Condensed/"));
        Assert.That(text, Does.Contain("Maria Souza"));
        Assert.That(text, Does.Contain("529.982.247-25"), "the contract names the full CPF");
        Assert.That(text, Does.Contain("R$ 350,00"));
        Assert.That(text, Does.Contain("R$ 100,00"));
        Assert.That(text, Does.Contain(startDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(text, Does.Contain("PRESTAÇÃO DE SERVIÇOS"));
    }

    [Test]
    public async Task Document_UsesPlanTemplate()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        await ApiServer.QueryAsync(async db =>
        {
            var entity = await db.Plans.SingleAsync(p => p.Id == plan.PlanId);
            entity.SetContractTemplate("Termo da {contratada}\n\nCliente {cliente}, plano {plano}, vencimento dia {vencimento}.");
            return await db.SaveChangesAsync();
        });
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var text = PdfText.Of(await (await admin.GetAsync($"/api/contracts/{contractId}/document")).Content.ReadAsByteArrayAsync());

        Assert.That(text, Does.Contain("Cliente Maria Souza, plano Estação fixa"));
        Assert.That(text, Does.Not.Contain("PRESTAÇÃO DE SERVIÇOS"));
    }

    [Test]
    public async Task ReturningCompany_DocumentShowsTypedPayer()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        await SignatureFlow.CheckoutAsync(plan, CheckoutApi.CompanyBody("11.222.333/0001-81"));

        // Someone with only the CNPJ contracts for the company with a name and e-mail of their own.
        var stranger = CheckoutApi.CompanyBody("11.222.333/0001-81");
        stranger["customer"]!["name"] = "Nome Digitado Ltda";
        stranger["customer"]!["email"] = "digitado@outro.example";
        stranger["linkedPerson"]!["name"] = "Eva Estranha";
        stranger["linkedPerson"]!["document"] = "111.444.777-35";
        stranger["linkedPerson"]!["email"] = "eva@outro.example";
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan, stranger);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var text = PdfText.Of(await (await admin.GetAsync($"/api/contracts/{contractId}/document")).Content.ReadAsByteArrayAsync());

        Assert.That(text, Does.Contain("CONTRATANTE: Nome Digitado Ltda"));
        Assert.That(text, Does.Contain("digitado@outro.example"));
        Assert.That(text, Does.Not.Contain("financeiro@souza.example"), "the e-mail on file is not shown to whoever typed the CNPJ");
        Assert.That(text, Does.Not.Contain("Souza Consultoria"));
        Assert.That(text, Does.Contain("Responsável pela contratação: Eva Estranha"));
    }

    [Test]
    public async Task ReturningPerson_DocumentShowsTypedName()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        await SignatureFlow.CheckoutAsync(plan);
        var typed = CheckoutApi.PersonBody("pix");
        typed["customer"]!["name"] = "Bruno Digitado";
        typed["customer"]!["email"] = "bruno@outro.example";
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan, typed);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var text = PdfText.Of(await (await admin.GetAsync($"/api/contracts/{contractId}/document")).Content.ReadAsByteArrayAsync());

        Assert.That(text, Does.Contain("Responsável pela contratação: Bruno Digitado"));
        Assert.That(text, Does.Not.Contain("Maria Souza"), "the name on file is not shown to whoever typed the CPF");
    }

    [Test]
    public async Task Document_AnotherTenant_Is404()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        var other = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        using var otherAdmin = await AdminClients.SignInAsync(other.TenantId);

        var response = await otherAdmin.GetAsync($"/api/contracts/{contractId}/document");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Document_WithoutToken_Is401()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: false);
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);

        var response = await ApiServer.Client.GetAsync($"/api/contracts/{contractId}/document");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
