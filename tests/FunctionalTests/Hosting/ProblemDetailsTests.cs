using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Conexa.Domain.Plans;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Hosting;

/// <summary>Errors that ASP.NET Core raises before a handler runs, described in Portuguese with what to fix.</summary>
public sealed class ProblemDetailsTests
{
    [Test]
    public async Task IdentifierThatIsNotAGuid_GetsADetail()
    {
        using var response = await ApiServer.Client.GetAsync("/api/public/checkouts/not-a-guid");
        var problem = await ReadProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("Não encontrado"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("GUID"));
    }

    [Test]
    public async Task WrongMethod_NamesIt()
    {
        var plan = await TestPlans.CreateAsync();

        using var response = await ApiServer.Client.DeleteAsync($"/api/public/plans/{plan.LinkToken}/checkouts");
        var problem = await ReadProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("não aceita DELETE"));
    }

    [TestCase("muitos", "limit inválido: use um número inteiro.")]
    [TestCase("99999999999", "limit inválido: o número é grande demais. Use um valor dentro do limite que o documento OpenAPI em /swagger dá para limit.")]
    public async Task QueryParameterOfTheWrongType_IsNamed(string limit, string message)
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        using var response = await admin.GetAsync($"/api/emails?limit={limit}");
        var problem = await ReadProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!["limit"]![0]!.GetValue<string>(), Is.EqualTo(message));
    }

    [Test]
    public async Task QueryValueWithLineBreak_StaysOnOneLogLine()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var marker = Guid.NewGuid().ToString("N");

        using var response = await admin.GetAsync($"/api/emails?limit=1%0Afail:%20{marker}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var line = ApiServer.Logs.Lines.Single(l => l.Contains(marker, StringComparison.Ordinal));
        Assert.That(line, Does.Contain("1\\u000Afail: " + marker));
        Assert.That(line, Does.Not.Contain("\n"));
    }

    [Test]
    public async Task RejectionQuotingAnEmail_LogsItHidden()
    {
        var plan = await TestPlans.CreateAsync(form: FormConfiguration.Default with { Password = FormField.Optional });
        var email = $"log-{Guid.NewGuid():N}@example.com";
        var withLogin = CheckoutApi.PersonBody("pix");
        withLogin["customer"]!["email"] = email;
        withLogin["customer"]!["password"] = "senha2026segura";
        await CheckoutApi.SubmitAsync(plan.LinkToken, withLogin, Guid.NewGuid().ToString());
        var sameEmail = CheckoutApi.PersonBody("pix");
        sameEmail["customer"]!["document"] = "111.444.777-35";
        sameEmail["customer"]!["email"] = email;
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, sameEmail, Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(created["contractId"]!.GetValue<string>());
        var customerId = await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.CustomerId).SingleAsync());
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        using var response = await admin.PostAsync($"/api/customers/{customerId}/client-area-invitation", null);
        var problem = await ReadProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(email), "the admin reads which e-mail is taken");
        var line = ApiServer.Logs.Lines.Single(l => l.Contains(customerId.ToString(), StringComparison.OrdinalIgnoreCase) && l.Contains("rejected with 422", StringComparison.Ordinal));
        Assert.That(line, Does.Not.Contain(email));
        Assert.That(line, Does.Contain("[e-mail]"));
    }

    [Test]
    public async Task PathQuotingPersonalData_LogsItHidden()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var email = $"log-{marker}@example.com";

        using var response = await ApiServer.Client.GetAsync($"/api/public/plans/{email}");
        using var document = await ApiServer.Client.GetAsync("/api/public/plans/529.982.247-25/terms");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(document.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(ApiServer.Logs.Lines.Where(l => l.Contains("rejected with 404", StringComparison.Ordinal)), Has.None.Contains(email));
        Assert.That(ApiServer.Logs.Lines, Has.None.Contains("529.982.247-25"), "no log line holds a full CPF");
        Assert.That(ApiServer.Logs.Lines, Has.Some.Contains("/api/public/plans/[CPF/CNPJ]/terms"));
    }

    [Test]
    public async Task SearchTooLong_NamesTheFieldAndLimit()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        using var response = await admin.GetAsync("/api/contracts?search=" + new string('a', 300));
        var problem = await ReadProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!["search"]![0]!.GetValue<string>(), Does.StartWith("search deve ter no máximo 100 caracteres"));
    }

    [TestCase("application/json", TestName = "JsonBodyOverLimit_PointsToUploads")]
    [TestCase("application/x-www-form-urlencoded", TestName = "FormBodyOverLimit_PointsToUploads")]
    public async Task BodyOverLimit_PointsToUploads(string contentType)
    {
        // The checkout reads JSON and the D4Sign callback reads a form, which fail the body limit in different places.
        var path = "/api/webhooks/d4sign";
        if (contentType == "application/json")
        {
            var plan = await TestPlans.CreateAsync();
            path = $"/api/public/plans/{plan.LinkToken}/checkouts";
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("a=" + new string('a', 1_100_000)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        // With Expect: 100-continue the 413 arrives before the body is sent, instead of a broken pipe when the
        // server closes the connection while the client is still writing.
        request.Headers.ExpectContinue = true;

        using var response = await ApiServer.Client.SendAsync(request);
        var problem = await ReadProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("Corpo grande demais"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("limite de 1 MB"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("/attachments"));
    }

    private static async Task<JsonNode> ReadProblemAsync(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
