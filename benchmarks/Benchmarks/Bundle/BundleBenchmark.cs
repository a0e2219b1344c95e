using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Conexa.Benchmarks.Bundle;

/// <summary>
/// Size after gzip of the JS and CSS that the public checkout page loads, and its first render in headless
/// Chromium against a static HTML page of the same uncompressed size served by the same server.
/// </summary>
internal static class BundleBenchmark
{
    private const string Name = "bundle";
    private const string StaticPath = "/bench/static-checkout.html";
    private const double MaxGzipKilobytes = 120;
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public static async Task RunAsync(BenchmarkOptions options, RunRecord record)
    {
        var wwwroot = Path.Combine(RepositoryPaths.ApiDirectory, "wwwroot");
        if (!File.Exists(Path.Combine(wwwroot, "index.html")))
        {
            throw new InvalidOperationException($"{wwwroot}/index.html is missing; build the SPA first: cd ClientApp && npm ci && npm run build");
        }

        var staticPage = Array.Empty<byte>();
        await using var host = await BenchmarkHost.StartAsync(mapRoutes: app =>
            app.MapGet(StaticPath, () => Results.Bytes(staticPage, "text/html; charset=utf-8")));
        var plan = await host.CreatePlanAsync();

        // The static page matches the uncompressed bytes of index.html and the files it references.
        var spaBytes = new FileInfo(Path.Combine(wwwroot, "index.html")).Length +
            Directory.EnumerateFiles(Path.Combine(wwwroot, "assets")).Sum(f => new FileInfo(f).Length);
        staticPage = StaticPage(spaBytes);

        var pages = new[]
        {
            new { name = "checkout", url = new Uri(host.Client.BaseAddress!, $"checkout/{plan.LinkToken}").ToString(), readySelector = "#offer-title" },
            new { name = "static", url = new Uri(host.Client.BaseAddress!, StaticPath).ToString(), readySelector = "h1" },
        };
        var results = await RunBrowserAsync(new { chromium = ChromiumPath(), runs = options.RenderRuns, pages });
        var checkout = results.Single(r => r.Name == "checkout");
        var staticResult = results.Single(r => r.Name == "static");

        long gzipBytes = 0;
        long rawBytes = 0;
        foreach (var asset in checkout.Assets.Distinct())
        {
            var file = Path.Combine(wwwroot, asset.TrimStart('/'));
            var bytes = await File.ReadAllBytesAsync(file);
            var compressed = GzipLength(bytes);
            rawBytes += bytes.Length;
            gzipBytes += compressed;
            record.Note(Name, string.Create(CultureInfo.InvariantCulture, $"{asset}: {bytes.Length / 1024.0:0.0} KB, {compressed / 1024.0:0.0} KB after gzip."));
        }

        record.Add(Figure.UnderLimit(Name, "checkout route JS + CSS after gzip", gzipBytes / 1024.0, Figure.Format(rawBytes / 1024.0, "KB") + " before gzip", "KB", MaxGzipKilobytes));

        var checkoutPaint = Median(checkout.Loads.Select(l => l.FirstContentfulPaintMs));
        var staticPaint = Median(staticResult.Loads.Select(l => l.FirstContentfulPaintMs));
        record.Add(Figure.AtMost(Name, $"first contentful paint, median of {options.RenderRuns} loads", checkoutPaint, staticPaint, "ms", 2.0));
        record.Add(Figure.Info(Name, $"plan heading visible (offer loaded from /api), median of {options.RenderRuns}", Median(checkout.Loads.Select(l => (double?)l.ReadyMs)), Median(staticResult.Loads.Select(l => (double?)l.ReadyMs)), "ms"));
        record.Note(Name, string.Create(CultureInfo.InvariantCulture, $"The static page is {staticPage.Length / 1024.0:0.0} KB of HTML, the size of index.html plus Api/wwwroot/assets ({spaBytes / 1024.0:0.0} KB)."));
    }

    /// <summary>Compresses as gzip at CompressionLevel.Optimal and returns the compressed length.</summary>
    private static long GzipLength(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.Length;
    }

    /// <summary>Builds an HTML page with a heading, a form and paragraphs, padded to <paramref name="size"/> bytes.</summary>
    private static byte[] StaticPage(long size)
    {
        var html = new StringBuilder("""
            <!doctype html><html lang="pt-BR"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Página estática</title><style>body{font-family:sans-serif;margin:1rem}label{display:block;margin:.5rem 0}</style></head>
            <body><h1>Estação fixa</h1><form><label>Nome completo <input name="name"></label><label>E-mail <input name="email"></label>
            <label>CPF <input name="document"></label><button type="button">Contratar</button></form>
            """);
        var paragraph = 0;
        while (html.Length < size - 20)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Parágrafo {paragraph++} de texto de preenchimento com o tamanho do pacote da aplicação.</p>\n");
        }

        html.Append("</body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static string ChromiumPath() => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private static double Median(IEnumerable<double?> values) =>
        Statistics.Median(values.Select(v => v ?? throw new InvalidOperationException("Chromium reported no first-contentful-paint entry.")));

    private static async Task<IReadOnlyList<PageResult>> RunBrowserAsync(object config)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "browser", "first-render.mjs");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(JsonSerializer.Serialize(config));
        start.Environment["E2E_DIRECTORY"] = Path.Combine(RepositoryPaths.Root, "e2e");
        using var node = Process.Start(start) ?? throw new InvalidOperationException("Starting node failed.");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} exited with {node.ExitCode}: {await errors}. The first-render benchmark needs Chromium at /usr/bin/chromium (apt-get install chromium) and e2e's packages (cd e2e && npm ci).");
        }

        return JsonSerializer.Deserialize<List<PageResult>>(await output, WebJson)
            ?? throw new InvalidOperationException($"{script} printed no results.");
    }

    private sealed record PageResult(string Name, IReadOnlyList<PageLoad> Loads, IReadOnlyList<string> Assets);

    private sealed record PageLoad(double? FirstContentfulPaintMs, double ReadyMs);
}
