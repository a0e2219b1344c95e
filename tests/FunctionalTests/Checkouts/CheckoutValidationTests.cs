using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Conexa.Domain.Plans;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Checkouts;

public sealed class CheckoutValidationTests
{
    [Test]
    public async Task InvalidCpf_IsRejectedStoringNothing()
    {
        var plan = await TestPlans.CreateAsync();

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody(document: "529.982.247-24"), Guid.NewGuid().ToString());
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/validation"));
        Assert.That(problem["errors"]!["customer.document"]![0]!.GetValue<string>(), Does.Contain("CPF inválido"));
        await AssertNothingStoredAsync(plan);
    }

    [Test]
    public async Task MissingRequiredFields_AreEachNamed()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody();
        var customer = body["customer"]!.AsObject();
        customer.Remove("name");
        customer.Remove("email");
        customer.Remove("phone");
        body["acceptedTerms"] = false;

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.Select(e => e.Key), Is.SupersetOf(new[] { "customer.name", "customer.email", "customer.phone", "acceptedTerms" }));
        await AssertNothingStoredAsync(plan);
    }

    [Test]
    public async Task MisspeltField_IsNamedStoringNothing()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody();
        body["customer"]!["telefone"] = "+55 11 91234-5678";

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/malformed-request"));
        Assert.That(problem["errors"]!["customer.telefone"]![0]!.GetValue<string>(), Does.Contain("não existe nesta rota"));
        await AssertNothingStoredAsync(plan);
    }

    [Test]
    public async Task ValueOfTheWrongType_IsNamed()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody();
        body["customer"]!["name"] = 123;

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!["customer.name"]![0]!.GetValue<string>(), Does.Contain("tipo inválido"));
        await AssertNothingStoredAsync(plan);
    }

    [Test]
    public async Task CutOffBody_IsCalledIncomplete()
    {
        var plan = await TestPlans.CreateAsync();
        using var content = new StringContent("{\"customer\": {", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/plans/{plan.LinkToken}/checkouts") { Content = content };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await ApiServer.Client.SendAsync(request);
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("não é um JSON válido"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Not.Contain("tipo inválido"));
        await AssertNothingStoredAsync(plan);
    }

    [Test]
    public async Task MemberSentTwice_IsRejected()
    {
        var plan = await TestPlans.CreateAsync();
        var json = CheckoutApi.PersonBody().ToJsonString().Replace("\"acceptedTerms\":true", "\"acceptedTerms\":false,\"acceptedTerms\":true", StringComparison.Ordinal);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/plans/{plan.LinkToken}/checkouts") { Content = content };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await ApiServer.Client.SendAsync(request);
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(json, Does.Contain("\"acceptedTerms\":false,\"acceptedTerms\":true"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/malformed-request"));
        await AssertNothingStoredAsync(plan);
    }

    [Test]
    public async Task MemberNameWithASpace_IsNamedWhole()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody();
        body["nome completo"] = "Maria";

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.Select(e => e.Key), Is.EqualTo(new[] { "nome completo" }));
    }

    [Test]
    public async Task OverlongPhoneAndLinkedEmail_AreRejected()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.CompanyBody();
        body["customer"]!["phone"] = "11 91234 5678" + new string(' ', 40);
        body["linkedPerson"]!["email"] = new string('a', 250) + "@example.com";

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.Select(e => e.Key), Is.SupersetOf(new[] { "customer.phone", "linkedPerson.email" }));
        await AssertNothingStoredAsync(plan);
    }

    [Test]
    public async Task CompanyWithoutLinkedPerson_IsRejected()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.CompanyBody();
        body.Remove("linkedPerson");

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("linkedPerson"), Is.True);
        await AssertNothingStoredAsync(plan);
    }

    [Test]
    public async Task RequiredAddress_MissingIsNamedFieldByField()
    {
        var plan = await TestPlans.CreateAsync(form: FormConfiguration.Default with { Address = FormField.Mandatory });

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody(), Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.Select(e => e.Key), Is.SupersetOf(new[]
        {
            "customer.address.street", "customer.address.number", "customer.address.district",
            "customer.address.city", "customer.address.state", "customer.address.postalCode",
        }));
    }

    [Test]
    public async Task UnofferedMethod_IsRejected()
    {
        var plan = await TestPlans.CreateAsync();

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("payment.method"), Is.True);
    }

    [Test]
    public async Task CardWithoutToken_IsRejected()
    {
        var plan = await TestPlans.CreateAsync();

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", cardToken: null), Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("payment.cardToken"), Is.True);
    }

    [TestCase("Ana\u0000Bob", Description = "NUL byte")]
    [TestCase("\u200b\u200b", Description = "only zero-width spaces")]
    [TestCase("\u202eevil\u202c Maria", Description = "right-to-left override")]
    [TestCase("12345", Description = "no letter")]
    [TestCase("\u3164\u3164", Description = "only Hangul fillers, letters that draw nothing")]
    [TestCase("A", Description = "a single letter")]
    public async Task InvisibleOrControlCharactersInName_AreRejected(string name)
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody();
        body["customer"]!["name"] = System.Text.RegularExpressions.Regex.Unescape(name);

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("customer.name"), Is.True);
        await AssertNothingStoredAsync(plan);
    }

    [Test]
    public async Task EmailWithoutDomainDot_IsRejected()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody();
        body["customer"]!["email"] = "a@b";

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(errors.ContainsKey("customer.email"), Is.True);
    }

    [Test]
    public async Task TooLongStreet_IsRejectedInPortuguese()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody();
        body["customer"]!["address"] = new JsonObject
        {
            ["street"] = new string('a', 151), ["number"] = "10", ["district"] = "Centro",
            ["city"] = "São Paulo", ["state"] = "SP", ["postalCode"] = "01001-000",
        };

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var message = (await CheckoutApi.ReadJsonAsync(response))["errors"]!["customer.address.street"]![0]!.GetValue<string>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(message, Does.Contain("150"));
        Assert.That(message, Does.Not.Contain("must be"));
    }

    [Test]
    public async Task OverlongStreet_NamedInPortuguese()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody();
        body["customer"]!["address"] = InterCheckouts.Address();
        body["customer"]!["address"]!["street"] = new string('R', 200);
        body["customer"]!["address"]!["complement"] = new string('C', 101);

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors["customer.address.street"]![0]!.GetValue<string>(), Is.EqualTo("A rua deve ter no máximo 150 caracteres."));
        Assert.That(errors["customer.address.complement"]![0]!.GetValue<string>(), Is.EqualTo("O complemento deve ter no máximo 100 caracteres."));
        await AssertNothingStoredAsync(plan);
    }

    [Test]
    public async Task CardWithoutPhone_IsRejected()
    {
        var plan = await TestPlans.CreateAsync(form: FormConfiguration.Default with { Phone = FormField.Optional });
        var body = CheckoutApi.PersonBody("card", "sandbox-approved");
        body["customer"]!.AsObject().Remove("phone");

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!["customer.phone"]![0]!.GetValue<string>(), Does.Contain("cartão exige o telefone"));
        await AssertNothingStoredAsync(plan);
    }

    [TestCase("+44 20 7946 0958", Description = "a number from another country")]
    [TestCase("11 9123-456", Description = "nine digits")]
    [TestCase("+55 11 91234-56789", Description = "twelve digits after the country code")]
    public async Task NonBrazilianPhone_IsRejected(string phone)
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody();
        body["customer"]!["phone"] = phone;

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!["customer.phone"]![0]!.GetValue<string>(), Does.Contain("telefone do Brasil"));
        await AssertNothingStoredAsync(plan);
    }

    [Test]
    public async Task EmailWithSpacesAround_IsStoredTrimmed()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody();
        body["customer"]!["email"] = " maria@example.com ";

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var stored = await ApiServer.QueryAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(stored.Email, Is.EqualTo("maria@example.com"));
    }

    [TestCase("Ana \U0001F468\u200D\U0001F469\u200D\U0001F467", HttpStatusCode.Created, Description = "family emoji joined by zero-width joiners")]
    [TestCase("Ana\u200DSouza", HttpStatusCode.Created, Description = "joiner between two letters")]
    [TestCase("Ana \u200DSouza", HttpStatusCode.BadRequest, Description = "joiner after a space")]
    [TestCase("Ana Souza\u200D", HttpStatusCode.BadRequest, Description = "joiner at the end")]
    public async Task NameWithFormatCharacters_IsChecked(string name, HttpStatusCode expected)
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody();
        body["customer"]!["name"] = name;

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());

        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task UnknownLink_CheckoutIsNotFound()
    {
        var response = await CheckoutApi.SubmitAsync("no-such-link", CheckoutApi.PersonBody(), Guid.NewGuid().ToString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await CheckoutApi.ReadJsonAsync(response))["type"]!.GetValue<string>(), Is.EqualTo("/problems/not-found"));
    }

    [TestCase("{ not json", Description = "broken JSON")]
    [TestCase("{\"acceptedTerms\": \"yes\"}", Description = "wrong type")]
    public async Task MalformedBody_IsAProblemNotAServerError(string body)
    {
        var plan = await TestPlans.CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/plans/{plan.LinkToken}/checkouts")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await ApiServer.Client.SendAsync(request);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/malformed-request"));
        await AssertNothingStoredAsync(plan);
    }

    private static Task AssertNothingStoredAsync(TestPlan plan) =>
        ApiServer.QueryAsync(async db =>
        {
            Assert.That(await db.Customers.CountAsync(c => c.TenantId == plan.TenantId), Is.Zero, "customers");
            Assert.That(await db.Contracts.CountAsync(c => c.TenantId == plan.TenantId), Is.Zero, "contracts");
            Assert.That(await db.Checkouts.CountAsync(c => c.TenantId == plan.TenantId), Is.Zero, "checkouts");
            return true;
        });
}
