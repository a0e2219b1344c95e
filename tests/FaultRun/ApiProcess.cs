using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Conexa.FaultRun;

/// <summary>The API as a separate process on loopback, so the run can kill it with SIGKILL and start it again.</summary>
internal sealed class ApiProcess(string apiDll, IReadOnlyDictionary<string, string> environment, string logPath) : IAsyncDisposable
{
    private Process? process;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{FreePort()}/");

    public int Starts { get; private set; }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet", [apiDll])
        {
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["PublicBaseUrl"] = BaseAddress.ToString();
        process = Process.Start(start) ?? throw new InvalidOperationException($"Starting dotnet {apiDll} failed.");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, line) => log.WriteLine(line.Data);
        process.ErrorDataReceived += (_, line) => log.WriteLine(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Starts++;
        await WaitUntilReadyAsync();
    }

    /// <summary>Sends SIGKILL: no shutdown hook, no flushed buffers, requests cut mid-flight.</summary>
    public void Kill()
    {
        process?.Kill(entireProcessTree: true);
        process?.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The API did not become ready within 60 s; see {logPath}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
