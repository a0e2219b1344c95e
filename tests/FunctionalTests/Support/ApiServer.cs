using Conexa.Api.Hosting;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Contracts;
using Conexa.FunctionalTests.Support;
using Conexa.Infrastructure.Persistence;
using Conexa.Sandbox;
using Conexa.Sandbox.D4Sign;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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

    public static D4SignSandbox D4Sign => _app!.Services.GetRequiredService<D4SignSandbox>();

    public static InterSandbox InterSandbox => _app!.Services.GetRequiredService<InterSandbox>();

    public static TestClock Clock { get; } = new();

    public static RecordingContractingHandler ContractingHandler { get; } = new();

    /// <summary>The e-mails the API sent during the run.</summary>
    public static TestEmailSender Emails { get; } = new();

    /// <summary>Every log line of the run, checked at the end for personal data and secrets.</summary>
    public static CapturedLogs Logs { get; } = new();

    public static IServiceProvider Services => _app!.Services;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _databasePath = NewDatabasePath();
        _app = await BuildAsync(_databasePath, new Dictionary<string, string?>(), builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(Clock);
            builder.Services.AddSingleton(ContractingHandler);
            builder.Services.AddScoped<IDomainEventHandler<ContractingCompleted>>(_ => ContractingHandler);
            builder.Logging.AddProvider(Logs);
            builder.Services.AddSingleton<IEmailSender>(Emails);
        });
        await ApiHost.StartAsync(_app);

        var address = _app.Urls.First();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"conexa-tests-{Guid.NewGuid():N}.db");

    /// <summary>Builds an API for tests: loopback port, its own SQLite file, the sandboxes on, billing and signature reconciliation off.</summary>
    public static Task<WebApplication> BuildAsync(string databasePath, IDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure = null) =>
        ApiHost.BuildAsync([$"--contentRoot={ApiProjectDirectory()}"], builder =>
        {
            builder.Environment.EnvironmentName = "Testing";
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var defaults = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Default"] = $"Data Source={databasePath}",
                ["Sandbox:Enabled"] = "true",
                ["Demo:Seed"] = "false",
                ["Billing:Enabled"] = "false",
                ["PaymentRecovery:Enabled"] = "false",
                ["Reconciliation:Enabled"] = "false",
                ["Sandbox:InterProcessingDelay"] = "00:00:00.300",
                ["Inter:AttemptTimeout"] = "00:00:02",
                ["Inter:TotalRequestTimeout"] = "00:00:08",
                ["Inter:RetryDelay"] = "00:00:00.100",
                ["Billing:LeadDays"] = "5",
                ["RateLimiting:PublicPermitsPerMinute"] = "1000000",
                ["RateLimiting:WebhookPermitsPerMinute"] = "1000000",
                ["Signatures:ReconciliationEnabled"] = "false",
                ["D4Sign:AttemptTimeout"] = "00:00:02",
                ["D4Sign:TotalTimeout"] = "00:00:05",
            };
            foreach (var (key, value) in settings)
            {
                defaults[key] = value;
            }

            builder.Configuration.AddInMemoryCollection(defaults);
            configure?.Invoke(builder);
        });

    /// <summary>Deletes a test database file and its journal files.</summary>
    public static void DeleteDatabase(string? databasePath)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }
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
        var certificateSecrets = _app is null ? [] : CertificateSecrets();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        DeleteDatabase(_databasePath);
        Logs.AssertNothingSecret(certificateSecrets);
    }

    /// <summary>The passwords of the certificates the sandboxes issued, and a stretch of each certificate file in base64.</summary>
    private static string[] CertificateSecrets()
    {
        static string Stretch(ReadOnlyMemory<byte> file)
        {
            var base64 = Convert.ToBase64String(file.Span);
            return base64.Substring(base64.Length / 2, 48);
        }

        return
        [
            Sandbox.PixClientCertificatePassword!, Stretch(Sandbox.PixClientCertificatePkcs12),
            InterSandbox.ClientCertificatePassword, Stretch(InterSandbox.ClientCertificatePfx),
        ];
    }

    /// <summary>Runs a query against the API's database in a scope of its own.</summary>
    public static async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
