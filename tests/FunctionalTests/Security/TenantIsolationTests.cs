using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conexa.Domain.Attachments;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Security;

/// <summary>Walks the OpenAPI document, so a new admin route with an id in its path is checked without a new test.</summary>
public sealed partial class TenantIsolationTests
{
    [Test]
    public async Task EveryIdRoute_HidesAnotherTenantsRecords()
    {
        var other = await ReportTenant.CreateAsync();
        var otherIds = await ApiServer.QueryAsync(async db =>
        {
            var contract = await db.Contracts.FirstAsync(c => c.TenantId == other.TenantId);
            var attachment = Attachment.Upload(other.TenantId, contract.PlanId, "rg.pdf", "application/pdf", 10, new string('0', 64), DateTimeOffset.UtcNow);
            attachment.BindTo(contract.Id);
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync();
            return new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["contractId"] = contract.Id.ToString(),
                ["attachmentId"] = attachment.Id.ToString(),
                ["customerId"] = (await db.Customers.FirstAsync(c => c.TenantId == other.TenantId)).Id.ToString(),
                ["planId"] = other.FixedDeskPlanId.ToString(),
                ["unitId"] = other.CentroUnitId.ToString(),
            };
        });
        var mine = await TestPlans.CreateAsync();
        var myUnitId = mine.UnitId;
        using var admin = await AdminClients.SignInAsync(mine.TenantId);
        var document = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync("/swagger/v1/swagger.json"));

        var checkedRoutes = new List<string>();
        foreach (var (template, pathItem) in document["paths"]!.AsObject())
        {
            if (!template.Contains('{', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (method, operation) in pathItem!.AsObject().Where(p => p.Key is "get" or "post" or "put" or "delete"))
            {
                var path = RouteParameter().Replace(template, match =>
                    otherIds.TryGetValue(match.Groups[1].Value, out var id) ? id : $"missing-sample-{match.Groups[1].Value}");
                if (!await RequiresSignInAsync(method, path))
                {
                    continue;
                }

                Assert.That(path, Does.Not.Contain("missing-sample-"), $"add another tenant's id for {method.ToUpperInvariant()} {template}");
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path + SampleQuery(operation!));
                if (method != "get")
                {
                    request.Content = new StringContent(SampleBody(operation!, myUnitId), System.Text.Encoding.UTF8, "application/json");
                }

                var response = await admin.SendAsync(request);

                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"{method.ToUpperInvariant()} {template}: {await response.Content.ReadAsStringAsync()}");
                checkedRoutes.Add($"{method} {template}");
            }
        }

        Assert.That(checkedRoutes, Has.Count.GreaterThanOrEqualTo(10), string.Join(", ", checkedRoutes));
        Assert.That(checkedRoutes, Does.Contain("put /api/plans/{planId}"));
        Assert.That(checkedRoutes, Does.Contain("put /api/units/{unitId}/notification-email"));
        Assert.That(checkedRoutes, Does.Contain("get /api/contracts/{contractId}/attachments/{attachmentId}"));
    }

    /// <summary>Returns whether an anonymous call is rejected with 401, which marks an admin route.</summary>
    private static async Task<bool> RequiresSignInAsync(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path);
        var response = await ApiServer.Client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.Unauthorized;
    }

    /// <summary>Fills the operation's query parameters that the routes need, such as a termination's endDate.</summary>
    private static string SampleQuery(JsonNode operation)
    {
        var names = (operation["parameters"]?.AsArray() ?? [])
            .Where(p => p!["in"]!.GetValue<string>() == "query")
            .Select(p => p!["name"]!.GetValue<string>());
        return names.Contains("endDate") ? "?endDate=2027-05-31" : string.Empty;
    }

    /// <summary>Returns the operation's request example with the caller's own unit, so validation passes and only the id is foreign.</summary>
    private static string SampleBody(JsonNode operation, Guid myUnitId)
    {
        var example = operation["requestBody"]?["content"]?["application/json"]?["example"]?.DeepClone();
        if (example is JsonObject body && body.ContainsKey("unitId"))
        {
            body["unitId"] = myUnitId.ToString();
        }

        return example?.ToJsonString() ?? "{}";
    }

    [GeneratedRegex(@"\{([^}:]+)(?::[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
