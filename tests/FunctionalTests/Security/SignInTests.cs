using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conexa.FunctionalTests.Support;
using Conexa.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Security;

/// <summary>Signing in: POST /api/auth/login's input and POST /api/auth/refresh, which trades a login's refreshToken for new tokens.</summary>
public sealed class SignInTests
{
    [Test]
    public async Task RefreshToken_GivesAWorkingAccessToken()
    {
        var plan = await TestPlans.CreateAsync();
        var login = await LoginAsync(await AdminClients.CreateUserAsync(plan.TenantId));

        var refresh = await ApiServer.Client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = login["refreshToken"]!.GetValue<string>() });
        var tokens = await CheckoutApi.ReadJsonAsync(refresh);
        using var client = new HttpClient { BaseAddress = ApiServer.Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens["accessToken"]!.GetValue<string>());
        var contracts = await client.GetAsync("/api/contracts");

        Assert.That(refresh.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(tokens["refreshToken"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(contracts.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the new token carries the tenant and the role");
    }

    [Test]
    public async Task ForgedRefreshToken_IsUnauthorized()
    {
        var refresh = await ApiServer.Client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "CfDJ8-nao-e-um-token" });
        var problem = await CheckoutApi.ReadJsonAsync(refresh);

        Assert.That(refresh.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("POST /api/auth/login"));
    }

    [Test]
    public async Task RefreshAfterPasswordChange_IsUnauthorized()
    {
        var plan = await TestPlans.CreateAsync();
        var email = await AdminClients.CreateUserAsync(plan.TenantId);
        var login = await LoginAsync(email);
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(email);
            var changed = await users.ChangePasswordAsync(user!, AdminClients.Password, "Outra#Senha2027");
            Assert.That(changed.Succeeded, Is.True);
        }

        var refresh = await ApiServer.Client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = login["refreshToken"]!.GetValue<string>() });

        Assert.That(refresh.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task LoginEmailWithSpacesAround_SignsIn()
    {
        var plan = await TestPlans.CreateAsync();
        var email = await AdminClients.CreateUserAsync(plan.TenantId);

        var login = await ApiServer.Client.PostAsJsonAsync("/api/auth/login", new { email = $"  {email.ToUpperInvariant()} \t", password = AdminClients.Password });

        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the checkout stores addresses trimmed, and Identity compares them in any letter case");
    }

    [Test]
    public async Task MissingRefreshToken_IsNamed()
    {
        var refresh = await ApiServer.Client.PostAsJsonAsync("/api/auth/refresh", new { });
        var problem = await CheckoutApi.ReadJsonAsync(refresh);

        Assert.That(refresh.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!["refreshToken"], Is.Not.Null);
    }

    private static async Task<JsonNode> LoginAsync(string email)
    {
        var login = await ApiServer.Client.PostAsJsonAsync("/api/auth/login", new { email, password = AdminClients.Password });
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await CheckoutApi.ReadJsonAsync(login);
    }
}
