using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>
/// Sends each case and checks that it was rejected: a 4xx status, problem details with a detail as the body,
/// and the tenant's records exactly as before. The cases that Kestrel rejects before the application runs (an
/// over-long request line or header block, a NUL in the path) are checked for an empty body instead.
/// </summary>
public static class CorpusRunner
{
    /// <summary>A header value that the runner replaces by a new UUID on each request, so no two cases share an Idempotency-Key.</summary>
    public const string NewUuid = "(a new UUID per request)";

    public static async Task RunAsync(HttpClient client, IReadOnlyList<BadRequestCase> cases, Guid tenantId)
    {
        var stored = await TenantSnapshot.ReadAsync(tenantId);
        var stopwatch = Stopwatch.StartNew();

        using (Assert.EnterMultipleScope())
        {
            foreach (var badRequest in cases)
            {
                using var response = await SendAsync(client, badRequest);
                var status = (int)response.StatusCode;
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                var body = await response.Content.ReadAsStringAsync();

                Assert.That(status, Is.InRange(400, 499), $"{badRequest}: status {status}, body {Shorten(body)}");
                if (badRequest.ExpectedStatus is { } expected)
                {
                    Assert.That(response.StatusCode, Is.EqualTo(expected), $"{badRequest}: body {Shorten(body)}");
                }

                if (badRequest.RejectedByKestrel)
                {
                    Assert.That(body, Is.Empty, $"{badRequest}: Kestrel's {status} has no body");
                }
                else
                {
                    Assert.That(mediaType, Is.EqualTo("application/problem+json"), $"{badRequest}: status {status}, body {Shorten(body)}");
                    Assert.That(DetailOf(body), Is.Not.Empty, $"{badRequest}: the problem tells the caller what to fix, body {Shorten(body)}");
                }

                var after = await TenantSnapshot.ReadAsync(tenantId);
                Assert.That(after, Is.EqualTo(stored), $"{badRequest}: the tenant's records changed");
                stored = after;
            }
        }

        foreach (var route in cases.GroupBy(c => c.Route))
        {
            await TestContext.Out.WriteLineAsync($"{route.Key}: {route.Count()} malformed requests");
        }

        await TestContext.Out.WriteLineAsync($"{cases.Count} requests in {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, BadRequestCase badRequest)
    {
        using var request = new HttpRequestMessage(badRequest.Method, badRequest.Path);
        if (badRequest.Body is not null)
        {
            request.Content = new ByteArrayContent(badRequest.Body);

            // A client that sends Expect: 100-continue gets the 413 before it sends the body, instead of a
            // broken pipe when the server closes the connection in the middle of a huge body.
            request.Headers.ExpectContinue = badRequest.Body.Length > 1024 * 1024;
            if (badRequest.ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(badRequest.ContentType);
            }
        }

        foreach (var (name, value) in badRequest.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value == NewUuid ? Guid.NewGuid().ToString() : value);
        }

        return await client.SendAsync(request);
    }

    private static string DetailOf(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["detail"]?.GetValue<string>() ?? string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
