using System.Net;

namespace Conexa.FunctionalTests.Hosting;

public sealed class HostTests
{
    [Test]
    public async Task Health_ReportsTheDatabaseHealthy()
    {
        var response = await ApiServer.Client.GetAsync("/health");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task LivenessAndReadiness_AreHealthy(string path)
    {
        var response = await ApiServer.Client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task OpenApiDocument_ListsRoutes()
    {
        var document = await ApiServer.Client.GetStringAsync("/swagger/v1/swagger.json");

        Assert.That(document, Does.Contain("/api/public/plans/{linkToken}"));
        Assert.That(document, Does.Contain("/api/public/plans/{linkToken}/checkouts"));
        Assert.That(document, Does.Contain("/api/public/checkouts/{checkoutId}"));
        Assert.That(document, Does.Contain("/api/webhooks/efi"));
        Assert.That(document, Does.Contain("/api/auth/login"));
        Assert.That(document, Does.Contain("\"operationId\": \"SubmitCheckout\""));
    }

    [Test]
    public async Task OpenApiDocument_HasCheckoutExamples()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(await ApiServer.Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var submit = document["paths"]!["/api/public/plans/{linkToken}/checkouts"]!["post"]!;

        var requestExample = submit["requestBody"]!["content"]!["application/json"]!["example"]!;
        var responseExample = submit["responses"]!["201"]!["content"]!["application/json"]!["example"]!;

        Assert.That(requestExample["customer"]!["document"]!.GetValue<string>(), Is.EqualTo("529.982.247-25"));
        Assert.That(responseExample["payment"]!["method"]!.GetValue<string>(), Is.EqualTo("pix"));
        Assert.That(submit["description"]!.GetValue<string>(), Does.Contain("\"sandbox-approved\"").And.Contain("\"sandbox-declined\""));
    }

    [TestCase("/api/contracts", "get")]
    [TestCase("/api/contracts/{contractId}", "get")]
    [TestCase("/api/contracts/{contractId}/termination-preview", "get")]
    [TestCase("/api/contracts/{contractId}/termination", "post")]
    [TestCase("/api/contracts/{contractId}/cancellation", "post")]
    [TestCase("/api/billing-runs", "post")]
    [TestCase("/api/emails", "get")]
    [TestCase("/api/tenant", "get")]
    public async Task OpenApiDocument_HasAdminExamples(string path, string method)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(await ApiServer.Client.GetStringAsync("/swagger/v1/swagger.json"))!;

        var example = document["paths"]![path]![method]!["responses"]!["200"]!["content"]?["application/json"]?["example"];

        Assert.That(example, Is.Not.Null, $"{method} {path} has no response example");
    }

    [TestCase("/api/contracts", "get", true)]
    [TestCase("/api/contracts/{contractId}/termination", "post", true)]
    [TestCase("/api/client/contracts", "get", true)]
    [TestCase("/api/public/plans/{linkToken}/checkouts", "post", false)]
    [TestCase("/api/auth/login", "post", false)]
    [TestCase("/api/webhooks/efi/pix", "post", false)]
    public async Task OpenApiDocument_MarksSignedInRoutes(string path, string method, bool signedIn)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(await ApiServer.Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operation = document["paths"]![path]![method]!;

        var schemes = operation["security"]?.AsArray().SelectMany(requirement => requirement!.AsObject().Select(scheme => scheme.Key)).ToList() ?? [];
        var statuses = operation["responses"]!.AsObject().Select(response => response.Key).ToList();

        Assert.That(document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>(), Is.EqualTo("bearer"));
        Assert.That(schemes, signedIn ? Is.EqualTo(new[] { "Bearer" }) : Is.Empty);
        if (signedIn)
        {
            Assert.That(statuses, Does.Contain("401"));
            Assert.That(statuses, Does.Contain("403"));
        }
    }

    [TestCase("/api/public/charges/{chargeId}/pix-qrcode.png", "image/png")]
    [TestCase("/api/public/charges/{chargeId}/boleto.pdf", "application/pdf")]
    public async Task OpenApiDocument_DescribesFileRoutes(string path, string mediaType)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(await ApiServer.Client.GetStringAsync("/swagger/v1/swagger.json"))!;

        var content = document["paths"]![path]!["get"]!["responses"]!["200"]!["content"]?[mediaType];

        Assert.That(content, Is.Not.Null, $"the 200 response of {path} does not name {mediaType}");
        Assert.That(content!["schema"]!["format"]!.GetValue<string>(), Is.EqualTo("binary"));
    }

    [Test]
    public async Task WrongContentType_IsUnsupportedMediaType()
    {
        var response = await ApiServer.Client.PostAsync("/api/public/plans/any/checkouts", new StringContent("{}", System.Text.Encoding.UTF8, "text/plain"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task WrongMethod_IsMethodNotAllowed()
    {
        var response = await ApiServer.Client.DeleteAsync($"/api/public/checkouts/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }

    [Test]
    public async Task CheckoutRoute_ServesTheSinglePageApp()
    {
        var response = await ApiServer.Client.GetAsync("/checkout/any-link");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "building the Api project builds the SPA into Api/wwwroot");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
    }

    [Test]
    public async Task Favicon_IsServed()
    {
        var page = await (await ApiServer.Client.GetAsync("/checkout/any-link")).Content.ReadAsStringAsync();
        var icon = await ApiServer.Client.GetAsync("/favicon.svg");

        Assert.That(page, Does.Contain("rel=\"icon\" href=\"/favicon.svg\""));
        Assert.That(icon.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(icon.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
    }

    [Test]
    public async Task UnknownApiRoute_IsNotFoundProblem()
    {
        var response = await ApiServer.Client.GetAsync("/api/no-such-route");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }
}
