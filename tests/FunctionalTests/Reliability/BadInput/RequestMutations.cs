using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>Mutations of a whole request rather than one field: broken JSON, huge bodies, wrong content types and methods.</summary>
public static class RequestMutations
{
    public const string Json = "application/json";

    /// <summary>Bodies that are not JSON, or not one JSON object.</summary>
    public static IEnumerable<BadRequestCase> BrokenJson(string route, HttpMethod method, string path, IReadOnlyDictionary<string, string> headers)
    {
        var bodies = new (string Name, byte[] Body)[]
        {
            ("empty body", []),
            ("only an opening brace", Encoding.UTF8.GetBytes("{")),
            ("truncated after a property name", Encoding.UTF8.GetBytes("{\"customer\":")),
            ("single-quoted names", Encoding.UTF8.GetBytes("{'customer': {'name': 'Maria'}}")),
            ("trailing comma", Encoding.UTF8.GetBytes("{\"acceptedTerms\": true,}")),
            ("two documents", Encoding.UTF8.GetBytes("{\"a\": 1} {\"b\": 2}")),
            ("NaN literal", Encoding.UTF8.GetBytes("{\"acceptedTerms\": NaN}")),
            ("comment before the object", Encoding.UTF8.GetBytes("/* x */ {\"a\": 1}")),
            ("unquoted string", Encoding.UTF8.GetBytes("{\"notification\": abc}")),
            ("invalid UTF-8 bytes", [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D]),
            ("JSON null", Encoding.UTF8.GetBytes("null")),
            ("JSON array", Encoding.UTF8.GetBytes("[]")),
            ("JSON string", Encoding.UTF8.GetBytes("\"texto\"")),
            ("JSON number", Encoding.UTF8.GetBytes("-0.005")),
            ("empty object", Encoding.UTF8.GetBytes("{}")),
            ("nesting 10,000 deep", Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000))),
            ("lone surrogate escape in a property name", Encoding.UTF8.GetBytes("{\"\\ud800\": 1}")),
        };

        return bodies.Select(b => new BadRequestCase(route, $"broken JSON: {b.Name}", method, path)
        {
            Body = b.Body,
            ContentType = Json,
            Headers = headers,
        });
    }

    /// <summary>Bodies far larger than any valid request. The field mutations cover a 100 KB value in each field.</summary>
    public static IEnumerable<BadRequestCase> HugeBodies(string route, HttpMethod method, string path, IReadOnlyDictionary<string, string> headers)
    {
        var manyStrings = new JsonArray(Enumerable.Range(0, 20_000).Select(_ => (JsonNode?)JsonValue.Create(Guid.NewGuid().ToString())).ToArray());
        yield return new BadRequestCase(route, "huge body: an array of 20,000 strings", method, path)
        {
            Body = JsonText.Utf8(manyStrings),
            ContentType = Json,
            Headers = headers,
        };
        yield return new BadRequestCase(route, "huge body: 2 MB string as the whole body", method, path)
        {
            Body = JsonText.Utf8(JsonValue.Create(new string('x', 2 * 1024 * 1024))),
            ContentType = Json,
            Headers = headers,
        };

        // Kestrel's default MaxRequestBodySize is 30,000,000 bytes, so this body is rejected while it is read.
        yield return new BadRequestCase(route, "huge body: 31 MB, over the server's body limit", method, path)
        {
            Body = Encoding.UTF8.GetBytes("{\"x\":\"" + new string('x', 31_000_000) + "\"}"),
            ContentType = Json,
            Headers = headers,
            ExpectedStatus = HttpStatusCode.RequestEntityTooLarge,
        };
    }

    /// <summary>A valid JSON body under content types that the route does not accept.</summary>
    public static IEnumerable<BadRequestCase> WrongContentTypes(
        string route,
        HttpMethod method,
        string path,
        byte[] validBody,
        IReadOnlyDictionary<string, string> headers,
        IEnumerable<string?> contentTypes)
    {
        return contentTypes.Select(contentType => new BadRequestCase(route, $"content type {contentType ?? "(none)"}", method, path)
        {
            Body = validBody,
            ContentType = contentType,
            Headers = headers,
        });
    }

    /// <summary>Content types that no JSON route of the API accepts.</summary>
    public static readonly IReadOnlyList<string?> NonJsonContentTypes =
        ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream", null];

    public static IEnumerable<BadRequestCase> WrongMethods(string route, string path, params HttpMethod[] methods) =>
        methods.Select(method => new BadRequestCase(route, $"method {method}", method, path)
        {
            ExpectedStatus = HttpStatusCode.MethodNotAllowed,
        });

    /// <summary>Builds one case per mutated body from <see cref="JsonMutations"/>.</summary>
    public static IEnumerable<BadRequestCase> FieldMutations(
        string route,
        HttpMethod method,
        string path,
        JsonObject template,
        IEnumerable<FieldSpec> fields,
        IReadOnlyDictionary<string, string> headers) =>
        JsonMutations.Of(template, fields).Select(m => new BadRequestCase(route, m.Name, method, path)
        {
            Body = m.Body,
            ContentType = Json,
            Headers = headers,
        });
}
