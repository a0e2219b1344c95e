using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conexa.Api.Hosting;
using Conexa.Domain.Plans;
using Conexa.Domain.Tenants;
using Conexa.Infrastructure.Identity;
using Conexa.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conexa.Benchmarks;

/// <summary>A plan made for a benchmark, with its tenant and unit.</summary>
internal sealed record BenchmarkPlan(Guid TenantId, Guid UnitId, Guid PlanId, string LinkToken);

/// <summary>
/// The real API started in-process as the functional tests start it: Kestrel on a loopback port, a fresh
/// SQLite file migrated as in production, and the EFI sandbox on loopback. Logging is limited to warnings so
/// that console output does not weigh on the measurements. The outbox dispatcher runs. The billing job, the
/// payment-start recovery and the reconciliation do not: the billing benchmark calls the runner and the
/// recovery itself, and a background pass over thousands of pending charges would land in another figure.
/// </summary>
internal sealed class BenchmarkHost : IAsyncDisposable
{
    private BenchmarkHost(WebApplication app, string databasePath)
    {
        App = app;
        DatabasePath = databasePath;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(10) };
    }

    public WebApplication App { get; }

    public string DatabasePath { get; }

    public string ConnectionString => $"Data Source={DatabasePath}";

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>
    /// Builds and starts the API on a new SQLite file. <paramref name="configure"/> runs before the product's
    /// services are added; <paramref name="mapRoutes"/> maps the benchmark's own routes next to the product's.
    /// </summary>
    public static async Task<BenchmarkHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null,
        Action<WebApplication>? mapRoutes = null)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"conexa-bench-{Guid.NewGuid():N}.db");
        var app = await ApiHost.BuildAsync([$"--contentRoot={RepositoryPaths.ApiDirectory}"], builder =>
        {
            builder.Environment.EnvironmentName = "Benchmark";
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var values = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Default"] = $"Data Source={databasePath}",
                ["Sandbox:Enabled"] = "true",
                ["Demo:Seed"] = "false",
                ["Billing:Enabled"] = "false",
                ["PaymentRecovery:Enabled"] = "false",
                ["Reconciliation:Enabled"] = "false",
                ["RateLimiting:PublicPermitsPerMinute"] = "100000000",
                ["RateLimiting:WebhookPermitsPerMinute"] = "100000000",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                values[key] = value;
            }

            builder.Configuration.AddInMemoryCollection(values);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            configure?.Invoke(builder);
        });
        mapRoutes?.Invoke(app);
        await ApiHost.StartAsync(app);
        return new BenchmarkHost(app, databasePath);
    }

    /// <summary>Creates a PRO tenant with one unit and one plan paid by Pix, activated at once.</summary>
    public async Task<BenchmarkPlan> CreatePlanAsync(ActivationPolicy policy = ActivationPolicy.Immediate)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = Tenant.Create("Coworking Benchmark", SubscriptionTier.Pro, "contato@benchmark.test");
        var unit = Unit.Create(tenant.Id, "Unidade Centro", "centro@benchmark.test");
        var plan = Plan.Create(tenant.Id, unit.Id, "Estação fixa", "Mesa dedicada", 350.00m, 100.00m);
        plan.SetActivationPolicy(policy);
        plan.SetQuotas([new PlanQuota("Sala de reunião", 10, "horas")]);
        plan.SetPaymentOptions([new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi)]);
        db.AddRange(tenant, unit, plan);
        await db.SaveChangesAsync();
        return new BenchmarkPlan(tenant.Id, unit.Id, plan.Id, plan.LinkToken);
    }

    /// <summary>Creates an admin of the tenant and returns a client that sends its bearer token.</summary>
    public async Task<HttpClient> SignInAdminAsync(Guid tenantId)
    {
        const string password = "Benchmark#2026";
        var email = $"admin-{Guid.NewGuid():N}@benchmark.test";
        await using (var scope = Services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            if (!await roles.RoleExistsAsync("admin"))
            {
                await roles.CreateAsync(new IdentityRole<Guid>("admin"));
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, TenantId = tenantId, FullName = "Admin do benchmark" };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("Creating the benchmark admin failed: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, "admin");
        }

        using var login = await Client.PostAsJsonAsync("/api/auth/login", new { email, password });
        var body = await login.Content.ReadAsStringAsync();
        if (!login.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Signing in the benchmark admin failed with {(int)login.StatusCode}: {body}");
        }

        var token = JsonNode.Parse(body)!["accessToken"]!.GetValue<string>();
        var client = new HttpClient { BaseAddress = Client.BaseAddress, Timeout = Client.Timeout };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}

/// <summary>Folders of the repository, found from the benchmark's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ApiDirectory => Path.Combine(Root, "Api");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Conexa.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Conexa.sln was not found above " + AppContext.BaseDirectory);
    }
}
