using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conexa.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Support;

/// <summary>Signs in an admin of a test tenant through POST /api/auth/login, as an integrator would.</summary>
public static class AdminClients
{
    public const string Password = "Teste#2026!";

    public static async Task<HttpClient> SignInAsync(Guid tenantId, string role = "admin")
    {
        var email = await CreateUserAsync(tenantId, role);
        var login = await ApiServer.Client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        Assert.That(login.IsSuccessStatusCode, Is.True, await login.Content.ReadAsStringAsync());
        var token = JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();

        var client = new HttpClient { BaseAddress = ApiServer.Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Creates a user of the tenant with <see cref="Password"/> and returns its e-mail.</summary>
    public static async Task<string> CreateUserAsync(Guid tenantId, string role = "admin")
    {
        var email = $"admin-{Guid.NewGuid():N}@coworking.test";
        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, TenantId = tenantId, FullName = "Admin de teste" };
            var created = await users.CreateAsync(user, Password);
            Assert.That(created.Succeeded, Is.True, string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
        }

        return email;
    }
}
