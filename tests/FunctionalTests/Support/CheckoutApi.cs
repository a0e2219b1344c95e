using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Conexa.FunctionalTests.Support;

/// <summary>Request bodies and calls of the public checkout routes, written as an integrator would send them.</summary>
public static class CheckoutApi
{
    public static JsonObject PersonBody(string method = "pix", string? cardToken = null, string document = "529.982.247-25") => new()
    {
        ["customer"] = new JsonObject
        {
            ["kind"] = "person",
            ["name"] = "Maria Souza",
            ["document"] = document,
            ["email"] = "maria@example.com",
            ["phone"] = "+55 11 91234-5678",
        },
        ["payment"] = new JsonObject { ["method"] = method, ["provider"] = "efi", ["cardToken"] = cardToken },
        ["attachmentIds"] = new JsonArray(),
        ["acceptedTerms"] = true,
    };

    public static JsonObject CompanyBody(string document = "12.ABC.345/01DE-35") => new()
    {
        ["customer"] = new JsonObject
        {
            ["kind"] = "company",
            ["name"] = "Souza Consultoria Ltda",
            ["document"] = document,
            ["email"] = "financeiro@souza.example",
            ["phone"] = "(11) 3333-4444",
        },
        ["linkedPerson"] = new JsonObject
        {
            ["name"] = "Maria Souza",
            ["document"] = "529.982.247-25",
            ["email"] = "maria@souza.example",
        },
        ["payment"] = new JsonObject { ["method"] = "pix" },
        ["acceptedTerms"] = true,
    };

    public static async Task<HttpResponseMessage> SubmitAsync(string linkToken, JsonNode body, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/plans/{linkToken}/checkouts")
        {
            Content = JsonContent.Create(body),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await ApiServer.Client.SendAsync(request);
    }

    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())
        ?? throw new InvalidOperationException("The response body is empty.");

    /// <summary>Polls the checkout until <paramref name="condition"/> holds, for up to ten seconds.</summary>
    public static async Task<JsonNode> WaitForAsync(string checkoutId, Func<JsonNode, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var checkout = await ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/checkouts/{checkoutId}"));
            if (condition(checkout) || DateTime.UtcNow > deadline)
            {
                return checkout;
            }

            await Task.Delay(100);
        }
    }
}
