using System.Net;
using System.Text.Json.Nodes;
using Conexa.FunctionalTests.Support;

namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>Malformed requests to the routes behind a plan's public link.</summary>
public static class PublicRouteCorpus
{
    public const string PlanOfferRoute = "GET /api/public/plans/{linkToken}";
    public const string SubmitRoute = "POST /api/public/plans/{linkToken}/checkouts";
    public const string CheckoutRoute = "GET /api/public/checkouts/{id}";
    public const string PaymentRoute = "POST /api/public/checkouts/{id}/payments";

    private static readonly Dictionary<string, string> NoHeaders = [];

    public static IEnumerable<BadRequestCase> PlanOffer(CorpusTargets targets)
    {
        foreach (var (name, token) in BadLinkTokens())
        {
            yield return new BadRequestCase(PlanOfferRoute, name, HttpMethod.Get, $"/api/public/plans/{token}")
            {
                ExpectedStatus = HttpStatusCode.NotFound,
            };
        }

        yield return TooLongUrl(PlanOfferRoute, HttpMethod.Get, "/api/public/plans/");
        yield return NulInPath(PlanOfferRoute, HttpMethod.Get, "/api/public/plans/abc%00def");
        foreach (var wrongMethod in RequestMutations.WrongMethods(PlanOfferRoute, $"/api/public/plans/{targets.LinkToken}", HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch))
        {
            yield return wrongMethod;
        }
    }

    public static IEnumerable<BadRequestCase> Submit(CorpusTargets targets)
    {
        var path = $"/api/public/plans/{targets.LinkToken}/checkouts";
        var headers = new Dictionary<string, string> { ["Idempotency-Key"] = CorpusRunner.NewUuid };
        var person = PersonWithAddress();
        var cases = new List<BadRequestCase>();

        cases.AddRange(RequestMutations.FieldMutations(SubmitRoute, HttpMethod.Post, path, person, PersonFields(), headers));
        cases.AddRange(RequestMutations.FieldMutations(SubmitRoute, HttpMethod.Post, path, CheckoutApi.CompanyBody(), CompanyFields(), headers));
        cases.AddRange(RequestMutations.FieldMutations(SubmitRoute, HttpMethod.Post, path, CheckoutApi.PersonBody("card", "sandbox-approved"), CardFields(), headers));
        cases.AddRange(RequestMutations.BrokenJson(SubmitRoute, HttpMethod.Post, path, headers));
        cases.AddRange(RequestMutations.HugeBodies(SubmitRoute, HttpMethod.Post, path, headers));
        cases.AddRange(RequestMutations.WrongContentTypes(SubmitRoute, HttpMethod.Post, path, JsonText.Utf8(person), headers, RequestMutations.NonJsonContentTypes));
        cases.AddRange(RequestMutations.WrongMethods(SubmitRoute, path, HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch));
        cases.AddRange(IdempotencyKeyCases(path, JsonText.Utf8(person)));
        cases.AddRange(UnknownMembers(path, person, headers));

        foreach (var (name, token) in BadLinkTokens())
        {
            cases.Add(new BadRequestCase(SubmitRoute, name, HttpMethod.Post, $"/api/public/plans/{token}/checkouts")
            {
                Body = JsonText.Utf8(person),
                ContentType = RequestMutations.Json,
                Headers = headers,
                ExpectedStatus = HttpStatusCode.NotFound,
            });
        }

        return cases;
    }

    public static IEnumerable<BadRequestCase> Checkout(CorpusTargets targets)
    {
        foreach (var guid in MutationValues.InvalidGuids)
        {
            yield return new BadRequestCase(CheckoutRoute, $"id {guid}", HttpMethod.Get, $"/api/public/checkouts/{guid}")
            {
                ExpectedStatus = HttpStatusCode.NotFound,
            };
        }

        yield return new BadRequestCase(CheckoutRoute, "unknown id", HttpMethod.Get, $"/api/public/checkouts/{Guid.NewGuid()}")
        {
            ExpectedStatus = HttpStatusCode.NotFound,
        };
        yield return new BadRequestCase(CheckoutRoute, "empty GUID", HttpMethod.Get, $"/api/public/checkouts/{Guid.Empty}")
        {
            ExpectedStatus = HttpStatusCode.NotFound,
        };
        yield return TooLongUrl(CheckoutRoute, HttpMethod.Get, "/api/public/checkouts/");
        yield return NulInPath(CheckoutRoute, HttpMethod.Get, "/api/public/checkouts/%00");
        foreach (var wrongMethod in RequestMutations.WrongMethods(CheckoutRoute, $"/api/public/checkouts/{targets.CheckoutId}", HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch))
        {
            yield return wrongMethod;
        }
    }

    public static IEnumerable<BadRequestCase> Payment(CorpusTargets targets)
    {
        var path = $"/api/public/checkouts/{targets.CheckoutId}/payments";
        var template = new JsonObject { ["method"] = "card", ["cardToken"] = "sandbox-approved" };
        var fields = new[]
        {
            new FieldSpec("method", FieldKind.Code, Required: true, ["boleto", "PIX ", "cartao"]),
            new FieldSpec("cardToken", FieldKind.Opaque, Required: true, [string.Empty, "   "]),
        };
        var cases = new List<BadRequestCase>();

        cases.AddRange(RequestMutations.FieldMutations(PaymentRoute, HttpMethod.Post, path, template, fields, NoHeaders));
        cases.AddRange(RequestMutations.BrokenJson(PaymentRoute, HttpMethod.Post, path, NoHeaders));
        cases.AddRange(RequestMutations.HugeBodies(PaymentRoute, HttpMethod.Post, path, NoHeaders));
        cases.AddRange(RequestMutations.WrongContentTypes(PaymentRoute, HttpMethod.Post, path, JsonText.Utf8(template), NoHeaders, RequestMutations.NonJsonContentTypes));
        cases.AddRange(RequestMutations.WrongMethods(PaymentRoute, path, HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch));
        foreach (var guid in MutationValues.InvalidGuids.Append(Guid.NewGuid().ToString()))
        {
            cases.Add(new BadRequestCase(PaymentRoute, $"checkout id {guid}", HttpMethod.Post, $"/api/public/checkouts/{guid}/payments")
            {
                Body = JsonText.Utf8(template),
                ContentType = RequestMutations.Json,
                ExpectedStatus = HttpStatusCode.NotFound,
            });
        }

        return cases;
    }

    /// <summary>A request line longer than Kestrel's 8 KB default MaxRequestLineSize, which Kestrel rejects before routing.</summary>
    public static BadRequestCase TooLongUrl(string route, HttpMethod method, string pathPrefix) =>
        new(route, "100 KB route value", method, pathPrefix + new string('a', 100 * 1024))
        {
            ExpectedStatus = HttpStatusCode.RequestUriTooLong,
            RejectedByKestrel = true,
        };

    /// <summary>A route value that decodes to NUL, which Kestrel rejects with 400 before routing.</summary>
    public static BadRequestCase NulInPath(string route, HttpMethod method, string path) =>
        new(route, "%00 in the path", method, path)
        {
            ExpectedStatus = HttpStatusCode.BadRequest,
            RejectedByKestrel = true,
        };

    private static IEnumerable<(string Name, string Token)> BadLinkTokens()
    {
        yield return ("unknown link token", "no-such-link");
        yield return ("7 KB link token", new string('a', 7 * 1024));
        foreach (var (name, value) in MutationValues.Injections)
        {
            yield return ($"link token {name}", Uri.EscapeDataString(value));
        }

        yield return ("link token right-to-left override", Uri.EscapeDataString("abc\u202Edef"));
        yield return ("link token zero-width space", Uri.EscapeDataString("abc\u200Bdef"));
        yield return ("link token emoji", Uri.EscapeDataString("abc" + MutationValues.Emoji));
        yield return ("link token with an invalid UTF-8 escape", "abc%ED%A0%80def");
    }

    private static IEnumerable<BadRequestCase> IdempotencyKeyCases(string path, byte[] body)
    {
        var keys = new (string Name, string? Key, HttpStatusCode? Expected)[]
        {
            ("Idempotency-Key missing", null, HttpStatusCode.BadRequest),
            ("Idempotency-Key empty", string.Empty, HttpStatusCode.BadRequest),
            ("Idempotency-Key of 101 characters", new string('k', 101), HttpStatusCode.BadRequest),
            ("Idempotency-Key of 8 KB", new string('k', 8 * 1024), HttpStatusCode.BadRequest),

            // Kestrel's default MaxRequestHeadersTotalSize is 32 KB.
            ("Idempotency-Key of 40 KB", new string('k', 40 * 1024), HttpStatusCode.RequestHeaderFieldsTooLarge),
        };

        return keys.Select(k => new BadRequestCase(SubmitRoute, k.Name, HttpMethod.Post, path)
        {
            RejectedByKestrel = k.Expected == HttpStatusCode.RequestHeaderFieldsTooLarge,
            Body = body,
            ContentType = RequestMutations.Json,
            Headers = k.Key is null ? NoHeaders : new Dictionary<string, string> { ["Idempotency-Key"] = k.Key },
            ExpectedStatus = k.Expected,
        });
    }

    /// <summary>
    /// A member the request types do not have, such as a misspelt field, at each level of the body: the checkout
    /// refuses it instead of dropping the value.
    /// </summary>
    private static IEnumerable<BadRequestCase> UnknownMembers(string path, JsonObject person, Dictionary<string, string> headers)
    {
        (string Name, Action<JsonObject> Add)[] additions =
        [
            ("unknown member at the top", body => body["acceptTerms"] = true),
            ("unknown member in customer", body => body["customer"]!["favoriteColor"] = "azul"),
            ("unknown member in customer.address", body => body["customer"]!["address"]!["apartment"] = "12"),
            ("unknown member in payment", body => body["payment"]!["installments"] = 3),
        ];
        foreach (var (name, add) in additions)
        {
            var body = person.DeepClone().AsObject();
            add(body);
            yield return new BadRequestCase(SubmitRoute, name, HttpMethod.Post, path)
            {
                Body = JsonText.Utf8(body),
                ContentType = RequestMutations.Json,
                Headers = headers,
                ExpectedStatus = HttpStatusCode.BadRequest,
            };
        }
    }

    private static JsonObject PersonWithAddress()
    {
        var body = CheckoutApi.PersonBody("pix");
        body["customer"]!["address"] = new JsonObject
        {
            ["street"] = "Rua A",
            ["number"] = "10",
            ["complement"] = "Sala 2",
            ["district"] = "Centro",
            ["city"] = "São Paulo",
            ["state"] = "SP",
            ["postalCode"] = "01001-000",
        };
        body["payment"]!.AsObject().Remove("cardToken");
        return body;
    }

    private static IEnumerable<FieldSpec> PersonFields() =>
    [
        new("customer", FieldKind.Object, Required: true),
        new("customer.kind", FieldKind.Code, Required: true, ["Person", "individual", "company"]),
        new("customer.name", FieldKind.Text, Required: true, [string.Empty, "   ", "123 456", "---"]),
        new("customer.document", FieldKind.Document, Required: true, MutationValues.InvalidCpfs),
        new("customer.email", FieldKind.Code, Required: true, ["maria", "maria@", "@example.com", "maria@example", "maria @example.com", "maria@@example.com"]),
        new("customer.phone", FieldKind.Code, Required: true, ["123", "(11) 1234", "+55 11 91234-5678 99", "abcdefghijk"]),
        new("customer.password", FieldKind.Opaque, Required: false, ["curta1", "somenteletras", "12345678"]),
        new("customer.address", FieldKind.Object, Required: false),
        new("customer.address.street", FieldKind.Text, Required: true),
        new("customer.address.number", FieldKind.Text, Required: true),
        new("customer.address.complement", FieldKind.Text, Required: false),
        new("customer.address.district", FieldKind.Text, Required: true),
        new("customer.address.city", FieldKind.Text, Required: true),
        new("customer.address.state", FieldKind.Code, Required: true, ["XX", "São Paulo", "S"]),
        new("customer.address.postalCode", FieldKind.Code, Required: true, ["0100-000", "01001-0000", "ABCDE-FGH"]),
        new("payment", FieldKind.Object, Required: true),
        new("payment.method", FieldKind.Code, Required: true, ["boleto", "cash", "PIX "]),
        new("payment.provider", FieldKind.Code, Required: false, ["inter", "paypal"]),
        new("attachmentIds", FieldKind.GuidArray, Required: false),
        new("acceptedTerms", FieldKind.Boolean, Required: true),
    ];

    private static IEnumerable<FieldSpec> CompanyFields() =>
    [
        new("customer.document", FieldKind.Document, Required: true, MutationValues.InvalidCnpjs),
        new("linkedPerson", FieldKind.Object, Required: true),
        new("linkedPerson.name", FieldKind.Text, Required: true, [string.Empty]),
        new("linkedPerson.document", FieldKind.Document, Required: true, MutationValues.InvalidCpfs),
        new("linkedPerson.email", FieldKind.Code, Required: true, ["maria", "maria@example"]),
    ];

    private static IEnumerable<FieldSpec> CardFields() =>
    [
        new("payment.cardToken", FieldKind.Opaque, Required: true, [string.Empty]),
    ];
}
