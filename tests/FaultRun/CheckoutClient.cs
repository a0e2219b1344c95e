using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Conexa.FaultRun;

/// <summary>The outcome of one checkout as its customer saw it, after every retry.</summary>
internal sealed record CheckoutOutcome(string Key, string Method, int Attempts, HttpStatusCode? FinalStatus, string? CheckoutId);

/// <summary>
/// Submits a checkout the way a careful client does: the same Idempotency-Key on every attempt, retrying
/// after 503, 429, other 5xx responses, time-outs and refused connections, waiting as Retry-After says.
/// </summary>
internal sealed class CheckoutClient(Func<Uri> baseAddress, string linkToken, int maxAttempts)
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task<CheckoutOutcome> SubmitAsync(int number, Action afterAttempt)
    {
        var key = $"fault-run-{number}";
        var method = (number % 20) switch
        {
            < 12 => "pix",
            < 17 => "boleto",
            _ => "card",
        };
        var body = Body(number, method);

        for (var attempt = 1; ; attempt++)
        {
            HttpStatusCode? status = null;
            TimeSpan wait = TimeSpan.FromMilliseconds(250 * attempt);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress(), $"/api/public/plans/{linkToken}/checkouts"))
                {
                    Content = JsonContent.Create(body),
                };
                request.Headers.Add("Idempotency-Key", key);
                using var response = await http.SendAsync(request);
                status = response.StatusCode;
                if (response.IsSuccessStatusCode || (int)status < 500 && status != HttpStatusCode.TooManyRequests)
                {
                    var json = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                    return new CheckoutOutcome(key, method, attempt, status, json?["checkoutId"]?.GetValue<string>());
                }

                if (response.Headers.RetryAfter?.Delta is { } delta)
                {
                    wait = delta;
                }
            }
            catch (HttpRequestException)
            {
                // Refused or reset: the API is down or was just killed.
            }
            catch (TaskCanceledException)
            {
                // The client's own time-out.
            }
            finally
            {
                afterAttempt();
            }

            if (attempt == maxAttempts)
            {
                return new CheckoutOutcome(key, method, attempt, status, null);
            }

            await Task.Delay(wait < TimeSpan.FromSeconds(2) ? wait : TimeSpan.FromSeconds(2));
        }
    }

    private static JsonObject Body(int number, string method)
    {
        var payment = new JsonObject { ["method"] = method, ["provider"] = "efi" };
        if (method == "card")
        {
            payment["cardToken"] = "sandbox-approved";
        }

        return new JsonObject
        {
            ["customer"] = new JsonObject
            {
                ["kind"] = "person",
                ["name"] = $"Cliente {number}",
                ["document"] = Cpf.FromNumber(number),
                ["email"] = $"cliente{number}@example.com",
                ["phone"] = "+55 11 91234-5678",
                ["address"] = new JsonObject
                {
                    ["street"] = "Rua A",
                    ["number"] = "10",
                    ["district"] = "Centro",
                    ["city"] = "São Paulo",
                    ["state"] = "SP",
                    ["postalCode"] = "01001-000",
                },
            },
            ["payment"] = payment,
            ["acceptedTerms"] = true,
        };
    }
}
