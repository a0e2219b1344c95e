using System.Text;
using System.Text.Json.Nodes;

namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>Malformed EFI callbacks: the charge notification as a form and as JSON, and the Pix callback.</summary>
public static class WebhookCorpus
{
    public const string EfiFormRoute = "POST /api/webhooks/efi (form)";
    public const string EfiJsonRoute = "POST /api/webhooks/efi (JSON)";
    public const string PixRoute = "POST /api/webhooks/efi/pix";

    private const string EfiPath = "/api/webhooks/efi";
    private const string PixPath = "/api/webhooks/efi/pix";
    private const string FormContentType = "application/x-www-form-urlencoded";

    private static readonly Dictionary<string, string> NoHeaders = [];

    public static IEnumerable<BadRequestCase> EfiForm()
    {
        // The form values are already percent-encoded. An unpaired surrogate is sent as the UTF-8 bytes it would have.
        var tokens = new List<(string Name, string? EncodedToken)>
        {
            ("token missing", null),
            ("token empty", string.Empty),
            ("unknown token in the valid format", "c0ffee00-0000-4000-8000-000000000000"),
            ("token of 201 characters", new string('a', 201)),
            ("100 KB token", MutationValues.HugeText),
            ("emoji in the token", Uri.EscapeDataString("abc" + MutationValues.Emoji)),
            ("NUL in the token", "abc%00def"),
            ("right-to-left override in the token", Uri.EscapeDataString("abc\u202Edef")),
            ("zero-width space in the token", Uri.EscapeDataString("abc\u200Bdef")),
            ("unpaired surrogate in the token", "abc%ED%A0%80def"),
        };
        tokens.AddRange(MutationValues.Injections.Select(i => ($"token {i.Name}", (string?)Uri.EscapeDataString(i.Value))));

        foreach (var (name, token) in tokens)
        {
            yield return FormCase(name, token is null ? "other=1" : "notification=" + token);
        }

        yield return FormCase("token given twice", "notification=abc&notification=def");
        yield return FormCase("invalid percent escape", "notification=%ZZ%");
        yield return FormCase("form with only separators", "&&&==&");
        yield return new BadRequestCase(EfiFormRoute, "form of 2 MB", HttpMethod.Post, EfiPath)
        {
            Body = Encoding.UTF8.GetBytes("notification=" + new string('a', 2 * 1024 * 1024)),
            ContentType = FormContentType,
        };
        yield return new BadRequestCase(EfiFormRoute, "multipart form without the token", HttpMethod.Post, EfiPath)
        {
            Body = Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\n1\r\n--x--\r\n"),
            ContentType = "multipart/form-data; boundary=x",
        };
        yield return new BadRequestCase(EfiFormRoute, "broken multipart body", HttpMethod.Post, EfiPath)
        {
            Body = Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"notification\"\r\n\r\nabc"),
            ContentType = "multipart/form-data; boundary=x",
        };

        foreach (var wrongMethod in RequestMutations.WrongMethods(EfiFormRoute, EfiPath, HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch))
        {
            yield return wrongMethod;
        }
    }

    public static IEnumerable<BadRequestCase> EfiJson()
    {
        var template = new JsonObject { ["notification"] = "c0ffee00-0000-4000-8000-000000000000" };
        var fields = new[] { new FieldSpec("notification", FieldKind.Code, Required: true, [string.Empty, new string('a', 201), "a,b"]) };
        var cases = new List<BadRequestCase>();

        cases.AddRange(RequestMutations.FieldMutations(EfiJsonRoute, HttpMethod.Post, EfiPath, template, fields, NoHeaders));
        cases.AddRange(RequestMutations.BrokenJson(EfiJsonRoute, HttpMethod.Post, EfiPath, NoHeaders));
        cases.AddRange(RequestMutations.HugeBodies(EfiJsonRoute, HttpMethod.Post, EfiPath, NoHeaders));
        cases.AddRange(RequestMutations.WrongContentTypes(
            EfiJsonRoute,
            HttpMethod.Post,
            EfiPath,
            JsonText.Utf8(template),
            NoHeaders,
            ["text/plain", "application/xml", "application/octet-stream", "application/json; charset=utf-16", null]));
        return cases;
    }

    public static IEnumerable<BadRequestCase> Pix()
    {
        var template = new JsonObject
        {
            ["pix"] = new JsonArray(new JsonObject
            {
                ["endToEndId"] = "E00000000202701011200abcdefghijk",
                ["txid"] = "0123456789abcdef0123456789abcdef",
                ["valor"] = "10.00",
            }),
        };
        var fields = new[]
        {
            new FieldSpec("pix", FieldKind.Object, Required: true),
            new FieldSpec("pix.0", FieldKind.Object, Required: true),
            new FieldSpec("pix.0.txid", FieldKind.Code, Required: false, [string.Empty, "short", new string('a', 36), "0123456789abcdef0123456789abcde-"]),
        };
        var cases = new List<BadRequestCase>();

        cases.AddRange(RequestMutations.FieldMutations(PixRoute, HttpMethod.Post, PixPath, template, fields, NoHeaders));
        cases.Add(new BadRequestCase(PixRoute, "101 payments in one callback", HttpMethod.Post, PixPath)
        {
            Body = JsonText.Utf8(new JsonObject
            {
                ["pix"] = new JsonArray(Enumerable.Range(0, 101).Select(i => (JsonNode?)new JsonObject { ["txid"] = $"{i:D4}56789abcdef0123456789abcdef" }).ToArray()),
            }),
            ContentType = RequestMutations.Json,
        });
        cases.AddRange(RequestMutations.BrokenJson(PixRoute, HttpMethod.Post, PixPath, NoHeaders));
        cases.AddRange(RequestMutations.HugeBodies(PixRoute, HttpMethod.Post, PixPath, NoHeaders));
        cases.AddRange(RequestMutations.WrongContentTypes(PixRoute, HttpMethod.Post, PixPath, JsonText.Utf8(template), NoHeaders, RequestMutations.NonJsonContentTypes));
        cases.AddRange(RequestMutations.WrongMethods(PixRoute, PixPath, HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch));
        return cases;
    }

    private static BadRequestCase FormCase(string name, string form) =>
        new(EfiFormRoute, name, HttpMethod.Post, EfiPath)
        {
            Body = Encoding.UTF8.GetBytes(form),
            ContentType = FormContentType,
        };
}
