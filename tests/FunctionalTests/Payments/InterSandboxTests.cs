using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Payments;

/// <summary>The Inter sandbox's own rules, called directly over mutual TLS as the API's client calls it.</summary>
public sealed class InterSandboxTests
{
    [Test]
    public async Task ClientCertificate_IsRequired()
    {
        using var withoutCertificate = InterSandboxClient.Create(withClientCertificate: false);
        using var withCertificate = InterSandboxClient.Create();

        var refused = Assert.CatchAsync<HttpRequestException>(() => InterSandboxClient.RequestTokenAsync(withoutCertificate, "boleto-cobranca.read"));
        var accepted = await InterSandboxClient.RequestTokenAsync(withCertificate, "boleto-cobranca.read");
        var token = await CheckoutApi.ReadJsonAsync(accepted);

        Assert.That(refused, Is.Not.Null, "the TLS handshake fails without a client certificate");
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(token["scope"]!.GetValue<string>(), Is.EqualTo("boleto-cobranca.read"));
        Assert.That(token["expires_in"]!.GetValue<int>(), Is.Positive);
    }

    [Test]
    public async Task UnknownScope_IsForbidden()
    {
        using var client = InterSandboxClient.Create();

        var response = await InterSandboxClient.RequestTokenAsync(client, "pix.write");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ReadToken_CannotIssue()
    {
        using var client = InterSandboxClient.Create();
        using var issue = new HttpRequestMessage(HttpMethod.Post, "cobranca/v3/cobrancas") { Content = JsonContent.Create(new { seuNumero = "X" }) };
        issue.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await InterSandboxClient.TokenAsync(client, "boleto-cobranca.read"));

        var response = await client.SendAsync(issue);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task MissingPayerFields_AreEachListed()
    {
        using var client = InterSandboxClient.Create();
        var body = new JsonObject
        {
            ["seuNumero"] = "TESTE0001",
            ["valorNominal"] = 10.50m,
            ["dataVencimento"] = "2099-01-31",
            ["numDiasAgenda"] = 0,
            ["pagador"] = new JsonObject { ["email"] = "maria@example.com" },
        };
        using var issue = new HttpRequestMessage(HttpMethod.Post, "cobranca/v3/cobrancas") { Content = JsonContent.Create(body) };
        issue.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await InterSandboxClient.TokenAsync(client, "boleto-cobranca.write"));

        var response = await client.SendAsync(issue);
        var error = await CheckoutApi.ReadJsonAsync(response);
        var properties = error["violacoes"]!.AsArray().Select(v => v!["propriedade"]!.GetValue<string>()).ToList();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error["title"], Is.Not.Null);
        Assert.That(properties, Is.EquivalentTo(new[]
        {
            "pagador.cpfCnpj", "pagador.tipoPessoa", "pagador.nome", "pagador.endereco", "pagador.cidade", "pagador.uf", "pagador.cep",
        }));
    }

    [Test]
    public async Task CallbacksLog_ListsEachAttempt()
    {
        var plan = await InterCheckouts.CreatePlanAsync();
        var (checkoutId, _) = await InterCheckouts.SubmitAsync(plan);
        await CheckoutApi.WaitForAsync(checkoutId, c => InterCheckouts.PaymentStatus(c) == "awaitingPayment");
        var codigo = (await ApiServer.QueryAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.TenantId == plan.TenantId))).ProviderChargeId!;
        using var client = InterSandboxClient.Create();
        var from = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"));
        var to = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"));
        var token = await InterSandboxClient.TokenAsync(client, "boleto-cobranca.read");

        // The sandbox records an attempt once the API has responded, which can be just after the page shows the boleto.
        HttpResponseMessage response;
        JsonArray attempts;
        var deadline = DateTime.UtcNow.AddSeconds(5);
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"cobranca/v3/cobrancas/webhook/callbacks?dataHoraInicio={from}&dataHoraFim={to}&pagina=0&codigoSolicitacao={codigo}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            response = await client.SendAsync(request);
            attempts = (await CheckoutApi.ReadJsonAsync(response))["data"]!.AsArray();
            if (attempts.Count == 0)
            {
                await Task.Delay(100);
            }
        }
        while (attempts.Count == 0 && DateTime.UtcNow < deadline);

        var first = attempts.FirstOrDefault() ?? new JsonObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(attempts, Is.Not.Empty);
        Assert.That(first["sucesso"]!.GetValue<bool>(), Is.True);
        Assert.That(first["httpStatus"]!.GetValue<int>(), Is.EqualTo(200));
        Assert.That(first["numeroTentativa"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(first["payload"]![0]!["codigoSolicitacao"]!.GetValue<string>(), Is.EqualTo(codigo));
        Assert.That(first["payload"]![0]!["situacao"]!.GetValue<string>(), Is.EqualTo("A_RECEBER"));
    }
}
