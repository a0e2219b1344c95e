using System.Diagnostics;
using System.Globalization;
using Conexa.Benchmarks.Seeding;

namespace Conexa.Benchmarks.Export;

/// <summary>
/// Time and peak managed memory of GET /api/contracts/export for N seeded contracts, in xlsx and pdf, against
/// writing the same rows from memory with the same library (MiniExcel, PDFsharp).
/// </summary>
internal static class ExportBenchmark
{
    private const string Name = "export";
    private const double MemoryLimitMegabytes = 256;

    public static async Task RunAsync(BenchmarkOptions options, RunRecord record)
    {
        var rows = options.ExportRows;
        await using var host = await BenchmarkHost.StartAsync();
        var plan = await host.CreatePlanAsync();
        var seedSeconds = await ContractSeeder.SeedAsync(host, plan, rows, new DateOnly(2026, 3, 15), withPaidFirstCharge: false);
        record.Log(string.Create(CultureInfo.InvariantCulture, $"export    seeded {rows} contracts in {seedSeconds:0.0} s"));
        using var admin = await host.SignInAdminAsync(plan.TenantId);
        var rowsText = rows.ToString("N0", CultureInfo.InvariantCulture);

        // The product's export runs first so that PDFsharp's global font resolver is the product's, which the
        // raw PDF writer then uses for the same DejaVu Sans Condensed faces.
        foreach (var (format, maxRatio) in new[] { ("xlsx", 1.5), ("pdf", 3.0) })
        {
            // Rounds alternate the two sides, so a slow spell of the machine falls on both, and each side's median counts.
            var products = new List<ExportMeasurement>();
            var raws = new List<ExportMeasurement>();
            for (var round = 1; round <= options.Repeats; round++)
            {
                products.Add(await MeasureAsync(() => DownloadAsync(admin, format)));
                raws.Add(await MeasureAsync(() => RawReportWriters.WriteAsync(format, rows)));
                record.Log($"export    {format} round {round}: product {products[^1]}; raw {raws[^1]}");
            }

            var product = ExportMeasurement.Median(products);
            var raw = ExportMeasurement.Median(raws);

            record.Add(Figure.AtMost(Name, $"{format} time, {rowsText} rows", product.Seconds, raw.Seconds, "s", maxRatio));
            record.Add(Figure.UnderLimit(Name, $"{format} peak managed memory above idle, {rowsText} rows", product.PeakMegabytes, Figure.Format(raw.PeakMegabytes, "MB"), "MB", MemoryLimitMegabytes));
            record.Note(Name, string.Create(CultureInfo.InvariantCulture,
                $"{format}: the route sent {product.Bytes / 1048576.0:0.0} MB in {product.Seconds:0.00} s; the raw writer wrote {raw.Bytes / 1048576.0:0.0} MB in {raw.Seconds:0.00} s."));
        }

        record.Note(Name, string.Create(CultureInfo.InvariantCulture,
            $"Peak working set of the whole benchmark process after the export benchmark: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB (server, sandbox, seeding and both writers together)."));
    }

    /// <summary>
    /// Runs <paramref name="write"/> after a full collection and samples GC.GetTotalMemory every 10 ms while
    /// it runs. The peak is the largest sample less the heap measured just before, so it is the managed memory
    /// that the write added, sampled (a shorter spike between samples can be missed).
    /// </summary>
    private static async Task<ExportMeasurement> MeasureAsync(Func<Task<long>> write)
    {
        var idle = GC.GetTotalMemory(forceFullCollection: true);
        var peak = idle;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(10, CancellationToken.None);
            }
        });

        var stopwatch = Stopwatch.StartNew();
        var bytes = await write();
        var seconds = stopwatch.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await sampler;
        return new ExportMeasurement(seconds, (peak - idle) / 1048576.0, bytes);
    }

    private static async Task<long> DownloadAsync(HttpClient admin, string format)
    {
        using var response = await admin.GetAsync($"/api/contracts/export?format={format}", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        return await CountBytesAsync(body);
    }

    private static async Task<long> CountBytesAsync(Stream body)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    private sealed record ExportMeasurement(double Seconds, double PeakMegabytes, long Bytes)
    {
        /// <summary>Returns the round of median time, with the highest peak of all rounds.</summary>
        public static ExportMeasurement Median(List<ExportMeasurement> rounds) =>
            rounds.OrderBy(r => r.Seconds).ElementAt(rounds.Count / 2) with { PeakMegabytes = rounds.Max(r => r.PeakMegabytes) };

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Seconds:0.00} s, peak +{PeakMegabytes:0.0} MB, {Bytes / 1048576.0:0.0} MB written");
    }
}
