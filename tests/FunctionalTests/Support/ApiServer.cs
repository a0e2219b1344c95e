using Conexa.Api.Hosting;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Contracts;
using Conexa.FunctionalTests.Support;
using Conexa.Infrastructure.Persistence;
using Conexa.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests;

/// <summary>
/// Starts the real API once for the test run: Kestrel on a loopback port, a fresh SQLite file migrated
/// as in production, and the EFI sandbox over HTTP, so callbacks travel the network like EFI's do.
/// </summary>
[SetUpFixture]
public sealed class ApiServer
{
    private static WebApplication? _app;
    private static string? _databasePath;

    public static HttpClient Client { get; private set; } = null!;

    public static EfiSandbox Sandbox => _app!.Services.GetRequiredService<EfiSandbox>();

    public static TestClock Clock { get; } = new();

    public static RecordingContractingHandler ContractingHandler { get; } = new();

    public static IServiceProvider Services => _app!.Services;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _databasePath = Path.Combine(Path.GetTempPath(), $"conexa-tests-{Guid.NewGuid():N}.db");
        _app = await ApiHost.BuildAsync([$"--contentRoot={ApiProjectDirectory()}"], builder =>
        {
            builder.Environment.EnvironmentName = "Testing";
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Default"] = $"Data Source={_databasePath}",
                ["Sandbox:Enabled"] = "true",
                ["Demo:Seed"] = "false",
                ["Billing:Enabled"] = "false",
                ["Billing:LeadDays"] = "5",
            });
            builder.Services.AddSingleton<TimeProvider>(Clock);
            builder.Services.AddSingleton(ContractingHandler);
            builder.Services.AddScoped<IDomainEventHandler<ContractingCompleted>>(_ => ContractingHandler);
        });
        await ApiHost.StartAsync(_app);

        var address = _app.Urls.First();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Returns the Api project's folder, so the server finds the built SPA in its wwwroot.</summary>
    private static string ApiProjectDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Conexa.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Conexa.sln not found above the test folder."), "Api");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }

    /// <summary>Runs a query against the API's database in a scope of its own.</summary>
    public static async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
