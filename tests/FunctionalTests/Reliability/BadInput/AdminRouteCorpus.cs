using System.Net;
using System.Text.Json.Nodes;

namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>Malformed requests of a signed-in admin to the contract, plan and billing routes.</summary>
public static class AdminRouteCorpus
{
    public const string ContractRoute = "GET /api/contracts/{id}";
    public const string PreviewRoute = "GET /api/contracts/{id}/termination-preview?endDate=";
    public const string TerminationRoute = "POST /api/contracts/{id}/termination";
    public const string PlansRoute = "GET /api/plans";
    public const string CreatePlanRoute = "POST /api/plans";
    public const string BillingRunRoute = "POST /api/billing-runs";

    private static readonly Dictionary<string, string> NoHeaders = [];

    public static IEnumerable<BadRequestCase> Contract(CorpusTargets targets)
    {
        foreach (var guid in MutationValues.InvalidGuids.Append(Guid.NewGuid().ToString()).Append(Guid.Empty.ToString()))
        {
            yield return new BadRequestCase(ContractRoute, $"id {guid}", HttpMethod.Get, $"/api/contracts/{guid}")
            {
                ExpectedStatus = HttpStatusCode.NotFound,
            };
        }

        yield return PublicRouteCorpus.TooLongUrl(ContractRoute, HttpMethod.Get, "/api/contracts/");
        yield return PublicRouteCorpus.NulInPath(ContractRoute, HttpMethod.Get, "/api/contracts/%00");
        foreach (var wrongMethod in RequestMutations.WrongMethods(ContractRoute, $"/api/contracts/{targets.ContractId}", HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch))
        {
            yield return wrongMethod;
        }
    }

    public static IEnumerable<BadRequestCase> Preview(CorpusTargets targets)
    {
        var path = $"/api/contracts/{targets.ContractId}/termination-preview";
        var endDates = MutationValues.InvalidDates
            .Select(d => ($"endDate \"{d}\"", Uri.EscapeDataString(d)))
            .Concat(MutationValues.Injections.Select(i => ($"endDate {i.Name}", Uri.EscapeDataString(i.Value))))
            .Concat(MutationValues.InvisibleCharacters.Take(3).Select(c => ($"endDate with {c.Name}", Uri.EscapeDataString("2027-04-" + c.Value + "24"))))
            .Append(("endDate with an emoji", Uri.EscapeDataString("2027-04-24" + MutationValues.Emoji)))
            .Append(("endDate with an invalid UTF-8 escape", "2027-04-24%ED%A0%80"))
            .Append(("endDate of 7 KB", new string('9', 7 * 1024)));

        foreach (var (name, endDate) in endDates)
        {
            yield return new BadRequestCase(PreviewRoute, name, HttpMethod.Get, $"{path}?endDate={endDate}");
        }

        yield return new BadRequestCase(PreviewRoute, "endDate missing", HttpMethod.Get, path)
        {
            ExpectedStatus = HttpStatusCode.BadRequest,
        };
        yield return new BadRequestCase(PreviewRoute, "endDate given twice", HttpMethod.Get, $"{path}?endDate=2027-04-24&endDate=2027-04-25");
        yield return new BadRequestCase(PreviewRoute, "endDate before the contract starts", HttpMethod.Get, $"{path}?endDate=2000-01-01")
        {
            ExpectedStatus = HttpStatusCode.UnprocessableEntity,
        };
        yield return PublicRouteCorpus.TooLongUrl(PreviewRoute, HttpMethod.Get, path + "?endDate=");
        foreach (var guid in MutationValues.InvalidGuids.Append(Guid.NewGuid().ToString()))
        {
            yield return new BadRequestCase(PreviewRoute, $"contract id {guid}", HttpMethod.Get, $"/api/contracts/{guid}/termination-preview?endDate=2027-04-24")
            {
                ExpectedStatus = HttpStatusCode.NotFound,
            };
        }

        foreach (var wrongMethod in RequestMutations.WrongMethods(PreviewRoute, path + "?endDate=2027-04-24", HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete))
        {
            yield return wrongMethod;
        }
    }

    public static IEnumerable<BadRequestCase> Termination(CorpusTargets targets)
    {
        var path = $"/api/contracts/{targets.ContractId}/termination";
        var template = new JsonObject { ["endDate"] = "2099-04-24" };
        var fields = new[] { new FieldSpec("endDate", FieldKind.Date, Required: true, MutationValues.InvalidDates.Append("2000-01-01").ToArray()) };
        var cases = new List<BadRequestCase>();

        cases.AddRange(RequestMutations.FieldMutations(TerminationRoute, HttpMethod.Post, path, template, fields, NoHeaders));
        cases.AddRange(RequestMutations.BrokenJson(TerminationRoute, HttpMethod.Post, path, NoHeaders));
        cases.AddRange(RequestMutations.HugeBodies(TerminationRoute, HttpMethod.Post, path, NoHeaders));
        cases.AddRange(RequestMutations.WrongContentTypes(TerminationRoute, HttpMethod.Post, path, JsonText.Utf8(template), NoHeaders, RequestMutations.NonJsonContentTypes));
        cases.AddRange(RequestMutations.WrongMethods(TerminationRoute, path, HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch));
        foreach (var guid in MutationValues.InvalidGuids.Append(Guid.NewGuid().ToString()))
        {
            cases.Add(new BadRequestCase(TerminationRoute, $"contract id {guid}", HttpMethod.Post, $"/api/contracts/{guid}/termination")
            {
                Body = JsonText.Utf8(template),
                ContentType = RequestMutations.Json,
                ExpectedStatus = HttpStatusCode.NotFound,
            });
        }

        return cases;
    }

    /// <summary>Malformed plan creations; the template is valid, so each case differs from a created plan by one change.</summary>
    public static IEnumerable<BadRequestCase> CreatePlan(Guid unitId)
    {
        const string path = "/api/plans";
        var template = new JsonObject
        {
            ["name"] = "Sala privativa",
            ["description"] = "Sala para quatro pessoas",
            ["unitId"] = unitId.ToString(),
            ["monthlyPrice"] = 1200.00m,
            ["adhesionFee"] = 0m,
            ["activationPolicy"] = "afterFirstPayment",
            ["quotas"] = new JsonArray(),
            ["paymentOptions"] = new JsonArray(new JsonObject { ["method"] = "pix", ["provider"] = "efi" }),
        };
        var fields = new[]
        {
            new FieldSpec("name", FieldKind.Text, Required: true),
            new FieldSpec("description", FieldKind.Text, Required: false),
            new FieldSpec("activationPolicy", FieldKind.Code, Required: true, ["later"]),
            new FieldSpec("form", FieldKind.Object, Required: false),
        };
        var cases = new List<BadRequestCase>();

        cases.AddRange(RequestMutations.FieldMutations(CreatePlanRoute, HttpMethod.Post, path, template, fields, NoHeaders));
        cases.AddRange(RequestMutations.BrokenJson(CreatePlanRoute, HttpMethod.Post, path, NoHeaders));
        cases.AddRange(RequestMutations.HugeBodies(CreatePlanRoute, HttpMethod.Post, path, NoHeaders));
        cases.AddRange(RequestMutations.WrongContentTypes(CreatePlanRoute, HttpMethod.Post, path, JsonText.Utf8(template), NoHeaders, RequestMutations.NonJsonContentTypes));
        return cases;
    }

    public static IEnumerable<BadRequestCase> PlansAndBilling() =>
        RequestMutations.WrongMethods(PlansRoute, "/api/plans", HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch)
            .Concat(RequestMutations.WrongMethods(BillingRunRoute, "/api/billing-runs", HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch));
}
