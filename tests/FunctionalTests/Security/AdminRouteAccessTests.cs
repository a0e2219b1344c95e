using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Security;

public sealed class AdminRouteAccessTests
{
    [Test]
    public async Task EveryProtectedRoute_RejectsAnonymousCallers()
    {
        var routes = ProtectedRoutes();

        Assert.That(routes, Has.Count.GreaterThanOrEqualTo(6), "the admin routes were found");
        foreach (var (method, path) in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method != "GET")
            {
                request.Content = System.Net.Http.Json.JsonContent.Create(new { });
            }

            var response = await ApiServer.Client.SendAsync(request);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"{method} {path}");
        }
    }

    /// <summary>Lists every endpoint that requires authorization, with sample values in its route parameters.</summary>
    private static List<(string Method, string Path)> ProtectedRoutes()
    {
        var endpoints = ApiServer.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is not null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (method, SamplePath(e.RoutePattern.RawText!))))
            .ToList();
    }

    private static string SamplePath(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", Guid.NewGuid().ToString()) + (pattern.Contains("preview", StringComparison.Ordinal) ? "?endDate=2027-01-01" : string.Empty);
}
