using System.Text.Json.Nodes;

namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>Malformed sign-ins. The e-mail belongs to no account, so no request can succeed or lock an account out.</summary>
public static class LoginCorpus
{
    public const string Route = "POST /api/auth/login";

    private const string Path = "/api/auth/login";

    private static readonly Dictionary<string, string> NoHeaders = [];

    public static IEnumerable<BadRequestCase> All()
    {
        var template = new JsonObject { ["email"] = "ninguem@coworking.test", ["password"] = "Teste#2026!" };
        var fields = new[]
        {
            new FieldSpec("email", FieldKind.Code, Required: true, [string.Empty, "admin@demo.local' --"]),
            new FieldSpec("password", FieldKind.Opaque, Required: true, [string.Empty, "' OR 1=1 --"]),
        };
        var cases = new List<BadRequestCase>();

        cases.AddRange(RequestMutations.FieldMutations(Route, HttpMethod.Post, Path, template, fields, NoHeaders));
        cases.AddRange(RequestMutations.BrokenJson(Route, HttpMethod.Post, Path, NoHeaders));
        cases.AddRange(RequestMutations.HugeBodies(Route, HttpMethod.Post, Path, NoHeaders));
        cases.AddRange(RequestMutations.WrongContentTypes(Route, HttpMethod.Post, Path, JsonText.Utf8(template), NoHeaders, RequestMutations.NonJsonContentTypes));
        cases.AddRange(RequestMutations.WrongMethods(Route, Path, HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch));
        return cases;
    }
}
