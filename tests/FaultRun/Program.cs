using System.Collections.Concurrent;
using System.Diagnostics;
using Conexa.FaultRun;
using Conexa.Sandbox;

// Runs checkouts against an EFI sandbox that fails a share of calls, kills the API with SIGKILL once
// mid-run and restarts it, then checks that nothing was lost or charged twice. Exit code 1 when a check fails.
var options = FaultRunOptions.Parse(args);
var work = Directory.CreateTempSubdirectory("conexa-fault-run-");
var databasePath = Path.Combine(work.FullName, "conexa.db");
// The sandbox's own warnings (callbacks to a killed API) would bury the figures.
var sandboxOptions = new EfiSandboxOptions { LoggerFactory = Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance };
await using var sandbox = await EfiSandbox.StartAsync(sandboxOptions);

var environment = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Testing",
    ["ConnectionStrings__Default"] = $"Data Source={databasePath}",
    ["Sandbox__Enabled"] = "false",
    ["Demo__Seed"] = "false",
    ["Efi__ChargesBaseUrl"] = sandbox.BaseAddress.ToString(),
    ["Efi__PixBaseUrl"] = sandbox.PixBaseAddress.ToString(),
    ["Efi__PixCertificateBase64"] = Convert.ToBase64String(sandbox.PixClientCertificatePkcs12.Span),
    ["Efi__PixCertificatePassword"] = sandbox.PixClientCertificatePassword!,
    ["Efi__PixTrustedCertificateAuthorityPem"] = sandbox.PixCertificateAuthorityPem!,
    ["Efi__ClientId"] = sandboxOptions.ClientId,
    ["Efi__ClientSecret"] = sandboxOptions.ClientSecret,
    ["Efi__PixKey"] = sandboxOptions.PixKey,
    ["RateLimiting__PublicPermitsPerMinute"] = "1000000",
    ["RateLimiting__WebhookPermitsPerMinute"] = "1000000",
    ["Billing__Enabled"] = "false",
    ["PaymentRecovery__Interval"] = "00:00:02",
    ["Logging__LogLevel__Default"] = "Warning",
};
await using var api = new ApiProcess(options.ApiDll, environment, Path.Combine(work.FullName, "api.log"));
Console.WriteLine($"Fault run: {options.Checkouts} checkouts, {options.Concurrency} clients, {options.FailureRate:P0} of EFI calls failing, SIGKILL after {options.KillAfter}; files in {work.FullName}");
await api.StartAsync();
var linkToken = await RunDatabase.SeedPlanAsync(databasePath);

sandbox.Faults.Seed(42);
sandbox.Faults.HangDuration = TimeSpan.FromSeconds(12);
sandbox.Faults.FailureRate = options.FailureRate;

var client = new CheckoutClient(() => api.BaseAddress, linkToken, options.MaxAttempts);
var outcomes = new ConcurrentBag<CheckoutOutcome>();
var finished = 0;
Task restart = Task.CompletedTask;
var stopwatch = Stopwatch.StartNew();
await Parallel.ForEachAsync(
    Enumerable.Range(1, options.Checkouts),
    new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency },
    async (number, _) =>
    {
        outcomes.Add(await client.SubmitAsync(number, () => { }));
        if (Interlocked.Increment(ref finished) == options.KillAfter)
        {
            restart = Task.Run(
                async () =>
                {
                    Console.WriteLine($"SIGKILL after {options.KillAfter} checkouts, with others in flight");
                    api.Kill();
                    await api.StartAsync();
                },
                CancellationToken.None);
        }
    });
await restart;
var loadTime = stopwatch.Elapsed;

sandbox.Faults.Reset();
var settle = Stopwatch.StartNew();
while (await RunDatabase.CountPendingAsync(databasePath) > 0 && settle.Elapsed < options.SettleTimeout)
{
    await Task.Delay(TimeSpan.FromSeconds(2));
}

var report = await RunDatabase.VerifyAsync(databasePath, outcomes.ToList(), sandbox);
Console.WriteLine();
Console.WriteLine($"| figure | value |");
Console.WriteLine($"| --- | --- |");
Console.WriteLine($"| checkouts submitted | {outcomes.Count} |");
Console.WriteLine($"| HTTP attempts by clients | {outcomes.Sum(o => o.Attempts)} |");
Console.WriteLine($"| accepted (2xx) | {outcomes.Count(o => o.CheckoutId is not null)} |");
Console.WriteLine($"| given up after {options.MaxAttempts} attempts | {outcomes.Count(o => o.CheckoutId is null)} |");
Console.WriteLine($"| EFI faults injected | {string.Join(", ", sandbox.Faults.Injected.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value}"))} |");
Console.WriteLine($"| API processes (one killed with SIGKILL) | {api.Starts} |");
Console.WriteLine($"| load time | {loadTime.TotalSeconds:0} s |");
Console.WriteLine($"| settled by recovery in | {settle.Elapsed.TotalSeconds:0} s |");
foreach (var (name, value) in report.Figures)
{
    Console.WriteLine($"| {name} | {value} |");
}

Console.WriteLine();
foreach (var failure in report.Failures)
{
    Console.WriteLine($"FAILED: {failure}");
}

Console.WriteLine(report.Failures.Count == 0 ? "Fault run passed." : "Fault run failed.");
return report.Failures.Count == 0 ? 0 : 1;
