using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using System.Text;
using Conexa.Application.Common.Interfaces;
using Conexa.Benchmarks.Seeding;
using Conexa.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.Benchmarks.Checkout;

/// <summary>
/// Throughput and latency of the public Pix checkout at several numbers of concurrent clients, against a bare
/// route in the same server that writes the same nine rows in one SQLite transaction.
/// </summary>
internal static class CheckoutBenchmark
{
    private const string Name = "checkout";

    /// <summary>
    /// Requests sent to each route in one warm-up batch. The runtime recompiles hot methods with optimizations on a
    /// background thread. After 1,000 requests to each route it was still compiling through about 6 more batches of
    /// 250, with 1.5 to 2.9 s of compilation time each. Meanwhile a product checkout cost 16 to 18 ms of CPU, against
    /// 10 ms once compilation stopped.
    /// </summary>
    private const int WarmUpBatch = 250;

    /// <summary>Concurrent clients that send the warm-up batches.</summary>
    private const int WarmUpClients = 4;

    /// <summary>The number of methods compiled in one warm-up batch below which the JIT counts as settled.</summary>
    private const int SettledCompilations = 100;

    /// <summary>The maximum number of warm-up batches sent before measuring, settled or not.</summary>
    private const int MaxWarmUpBatches = 30;

    /// <summary>Requests per client sent to each route at a new number of clients, so the client opens its connections before measuring.</summary>
    private const int LevelWarmUpPerClient = 4;

    /// <summary>Requests sent to the Pix QR code image route of one checkout, one after the other.</summary>
    private const int QrImageRequests = 200;

    public static async Task RunAsync(BenchmarkOptions options, RunRecord record)
    {
        var bareCheckout = new BareCheckoutRoute();
        await using var host = await BenchmarkHost.StartAsync(configure: InProcessPixSwitch.Install, mapRoutes: app => bareCheckout.Map(app));
        var plan = await host.CreatePlanAsync();
        var template = await ContractSeeder.SubmitTemplateAsync(host, plan);
        bareCheckout.LoadTemplates(host.ConnectionString, template);

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = host.Client.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var productPath = $"/api/public/plans/{plan.LinkToken}/checkouts";
        var barePath = $"{BareCheckoutRoute.Path}/{plan.LinkToken}";
        var customerNumber = 1;
        Func<int> nextCustomer = () => Interlocked.Increment(ref customerNumber);

        // Each load leaves outbox messages not yet handled: the product's e-mail events, and the bare route's
        // copies of the template's message. They are handled before the next load starts, so neither route is
        // timed while the outbox works through the other's rows.
        var outbox = host.Services.GetRequiredService<IOutboxDrain>();
        var warmUp = await WarmUpAsync(client, [productPath, barePath], nextCustomer, outbox, host);
        record.Note(Name, warmUp);

        foreach (var clients in options.CheckoutClients)
        {
            // Rounds alternate between the routes, so a slow spell of the machine falls on both. Each figure is the median.
            var productRounds = new List<LoadResult>();
            var bareRounds = new List<LoadResult>();
            var leftOver = new List<(int Messages, double Seconds)>();
            foreach (var path in new[] { productPath, barePath })
            {
                await LoadAsync(client, path, clients, clients * LevelWarmUpPerClient, nextCustomer);
            }

            await DrainUntilEmptyAsync(outbox, host);
            var productSql = new SqlTotals();
            var pixStarts = new List<(double Median, double Mean)>();
            var bareSql = new SqlTotals();
            for (var round = 0; round < options.Repeats; round++)
            {
                InProcessPixSwitch.TakeStartTimes();
                using (var commands = EfCommandTimer.Start())
                {
                    productRounds.Add(await LoadAsync(client, productPath, clients, options.CheckoutRequests, nextCustomer));
                    productSql.Add(commands.Count, commands.Seconds * 1000, commands.CommitSeconds * 1000);
                    pixStarts.Add(InProcessPixSwitch.TakeStartTimes());
                }

                var pending = await PendingEventsAsync(host);
                var draining = Stopwatch.StartNew();
                await DrainUntilEmptyAsync(outbox, host);
                leftOver.Add((pending, draining.Elapsed.TotalSeconds));
                bareCheckout.TakeSqlTimes();
                bareRounds.Add(await LoadAsync(client, barePath, clients, options.CheckoutRequests, nextCustomer));
                var (inserts, commit) = bareCheckout.TakeSqlTimes();
                bareSql.Add(9 * options.CheckoutRequests, inserts * options.CheckoutRequests, commit * options.CheckoutRequests);
                await DrainUntilEmptyAsync(outbox, host);
            }

            var product = LoadResult.Median(productRounds);
            var bare = LoadResult.Median(bareRounds);
            record.Log($"checkout  {clients,2} clients: product {product}; bare {bare}");

            var level = string.Create(CultureInfo.InvariantCulture, $"{clients} clients, {options.CheckoutRequests} requests");
            record.Add(Figure.AtLeast(Name, $"throughput, {level}", product.Throughput, bare.Throughput, "req/s", 0.5));
            record.Add(Figure.AtMost(Name, $"p99 latency, {level}", product.P99Milliseconds, bare.P99Milliseconds, "ms", 2.0));
            record.Add(Figure.Info(Name, $"p50 latency, {level}", product.P50Milliseconds, bare.P50Milliseconds, "ms"));

            // The same load with the Pix start handled in-process shows what the call to the sandbox costs.
            InProcessPixSwitch.Enabled = true;
            var withoutProvider = await LoadAsync(client, productPath, clients, options.CheckoutRequests, nextCustomer);
            await DrainUntilEmptyAsync(outbox, host);
            InProcessPixSwitch.Enabled = false;
            record.Note(Name, string.Create(CultureInfo.InvariantCulture,
                $"{clients} clients: with the Pix start handled in-process (no calls to the EFI sandbox) the product did {withoutProvider}; with the sandbox {product}; the bare route {bare}. Throughput by round: product {Rounds(productRounds)}, bare route {Rounds(bareRounds)} req/s. Per request, over all rounds: the product ran through EF Core {productSql.Describe(options.Repeats * options.CheckoutRequests)}, and its Pix start (account lookup and call to the EFI sandbox) took {Statistics.Median(pixStarts.Select(p => p.Median)):0.00} ms at the median (mean {Statistics.Median(pixStarts.Select(p => p.Mean)):0.00} ms, medians over the rounds); the bare route ran {bareSql.Describe(options.Repeats * options.CheckoutRequests)}. Under concurrent load these durations include waits for the CPU and, for the product's writes outside its first transaction, for the write turn. After each product round {string.Join(", ", leftOver.Select(l => l.Messages))} of its {options.CheckoutRequests} e-mail events were still unprocessed, and handling them took {string.Join(", ", leftOver.Select(l => l.Seconds.ToString("0.0", CultureInfo.InvariantCulture)))} s and is not part of the figures."));
        }

        var image = await QrCodeImageAsync(client, productPath, nextCustomer());
        record.Note(Name, string.Create(CultureInfo.InvariantCulture,
            $"The checkout returns the address of the Pix QR code image, and the customer's page fetches the image in a request of its own, which the figures above leave out: {QrImageRequests} requests for one image at one client took p50 {image.P50Milliseconds:0.0} ms, p99 {image.P99Milliseconds:0.0} ms ({image.Throughput:0.0} req/s)."));
    }

    /// <summary>
    /// Sends batches of requests to each route from <see cref="WarmUpClients"/> clients, handling the outbox's events
    /// after each batch, until the JIT compiles fewer than <see cref="SettledCompilations"/> methods during a batch or
    /// <see cref="MaxWarmUpBatches"/> were sent. Returns a note saying how long that took.
    /// </summary>
    private static async Task<string> WarmUpAsync(HttpClient client, string[] paths, Func<int> nextCustomer, IOutboxDrain outbox, BenchmarkHost host)
    {
        var stopwatch = Stopwatch.StartNew();
        var batches = 0;
        long compiled;
        TimeSpan compiling;
        do
        {
            var methodsBefore = JitInfo.GetCompiledMethodCount();
            var timeBefore = JitInfo.GetCompilationTime();
            foreach (var path in paths)
            {
                await LoadAsync(client, path, WarmUpClients, WarmUpBatch, nextCustomer);
            }

            await DrainUntilEmptyAsync(outbox, host);
            compiled = JitInfo.GetCompiledMethodCount() - methodsBefore;
            compiling = JitInfo.GetCompilationTime() - timeBefore;
            batches++;
        }
        while (compiled >= SettledCompilations && batches < MaxWarmUpBatches);

        var settled = compiled < SettledCompilations ? "settled" : "had not settled";
        return string.Create(CultureInfo.InvariantCulture,
            $"Warm-up: {batches} batches of {WarmUpBatch} requests to each route from {WarmUpClients} clients in {stopwatch.Elapsed.TotalSeconds:0} s; the JIT {settled} (below {SettledCompilations} methods compiled in a batch), with {compiled} methods and {compiling.TotalMilliseconds:0} ms of compilation in the last batch. Each level then starts with {LevelWarmUpPerClient} requests per client to each route, not timed.");
    }

    /// <summary>Creates one Pix checkout and times requests for its QR code image without If-None-Match, so each one draws the image.</summary>
    private static async Task<LoadResult> QrCodeImageAsync(HttpClient client, string productPath, int customer)
    {
        using var submit = CheckoutRequest(productPath, customer);
        using var created = await client.SendAsync(submit);
        var responseBody = await created.Content.ReadAsStringAsync();
        if (created.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST {productPath} returned {(int)created.StatusCode}, expected 201: {responseBody}");
        }

        var checkout = System.Text.Json.Nodes.JsonNode.Parse(responseBody)!;
        var imagePath = checkout["payment"]!["pixQrCodeImage"]!.GetValue<string>();

        var latencies = new double[QrImageRequests];
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < QrImageRequests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(imagePath);
            var content = await response.Content.ReadAsByteArrayAsync();
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK || content.Length == 0)
            {
                throw new InvalidOperationException($"GET {imagePath} returned {(int)response.StatusCode} with {content.Length} bytes, expected 200 with a PNG.");
            }
        }

        return LoadResult.Of(latencies, stopwatch.Elapsed, double.NaN, double.NaN);
    }

    /// <summary>
    /// Sends <paramref name="requests"/> checkouts from <paramref name="clients"/> concurrent loops, each a new
    /// customer with a new Idempotency-Key, and fails on any response other than 201.
    /// </summary>
    private static async Task<LoadResult> LoadAsync(HttpClient client, string path, int clients, int requests, Func<int> nextCustomer)
    {
        var latencies = new double[requests];
        var sent = -1;
        var cpuBefore = ProcessorTime();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var stopwatch = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, clients).Select(async _ =>
        {
            while (true)
            {
                var index = Interlocked.Increment(ref sent);
                if (index >= requests)
                {
                    return;
                }

                using var request = CheckoutRequest(path, nextCustomer());
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                var content = await response.Content.ReadAsByteArrayAsync();
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    throw new InvalidOperationException($"POST {path} returned {(int)response.StatusCode}, expected 201: {Encoding.UTF8.GetString(content)}");
                }
            }
        });
        await Task.WhenAll(loops);
        var elapsed = stopwatch.Elapsed;
        return LoadResult.Of(latencies, elapsed, (ProcessorTime() - cpuBefore).TotalMilliseconds / requests, (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / requests);
    }

    /// <summary>Returns the CPU time this process has used on all cores: server, sandbox and benchmark client.</summary>
    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Builds a Pix checkout of a new customer, numbered <paramref name="customer"/>, with a new Idempotency-Key.</summary>
    private static HttpRequestMessage CheckoutRequest(string path, int customer)
    {
        var body = SampleCustomers.PixCheckoutBody(customer).ToJsonString();
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return request;
    }

    /// <summary>Returns how many outbox messages are not yet processed, from the database.</summary>
    private static async Task<int> PendingEventsAsync(BenchmarkHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.CountAsync(m => m.ProcessedAt == null);
    }

    /// <summary>
    /// Drains the outbox until no message is left unprocessed. One drain stops after a bounded number of batches,
    /// and it skips the messages the background processor has claimed once the load stops, so the count is read
    /// after each drain.
    /// </summary>
    private static async Task DrainUntilEmptyAsync(IOutboxDrain outbox, BenchmarkHost host)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await outbox.DrainAsync(CancellationToken.None);
            var pending = await PendingEventsAsync(host);
            if (pending == 0)
            {
                return;
            }

            if (deadline.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new InvalidOperationException($"{pending} outbox messages were still unprocessed 2 minutes after the load; the outbox's last errors are in OutboxMessages.LastError.");
            }

            await Task.Delay(10);
        }
    }

    private static string Rounds(List<LoadResult> rounds) =>
        string.Join(", ", rounds.Select(r => r.Throughput.ToString("0.0", CultureInfo.InvariantCulture)));

    /// <summary>Returns the nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];

    private sealed record LoadResult(double Throughput, double P50Milliseconds, double P99Milliseconds, double CpuMilliseconds, double AllocatedKibibytes)
    {
        /// <summary>
        /// Returns the throughput and percentiles of requests whose times in ms are <paramref name="latencies"/>, sent
        /// within <paramref name="elapsed"/>, with the process's CPU time per request. Sorts the array in place.
        /// </summary>
        public static LoadResult Of(double[] latencies, TimeSpan elapsed, double cpuMilliseconds, double allocatedKibibytes)
        {
            Array.Sort(latencies);
            return new LoadResult(latencies.Length / elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99), cpuMilliseconds, allocatedKibibytes);
        }

        /// <summary>Returns the median of each figure over the rounds.</summary>
        public static LoadResult Median(List<LoadResult> rounds) => new(
            Statistics.Median(rounds.Select(r => r.Throughput)),
            Statistics.Median(rounds.Select(r => r.P50Milliseconds)),
            Statistics.Median(rounds.Select(r => r.P99Milliseconds)),
            Statistics.Median(rounds.Select(r => r.CpuMilliseconds)),
            Statistics.Median(rounds.Select(r => r.AllocatedKibibytes)));

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Throughput:0.0} req/s, p50 {P50Milliseconds:0.0} ms, p99 {P99Milliseconds:0.0} ms, {CpuMilliseconds:0.00} ms of CPU and {AllocatedKibibytes:0} KB allocated per request");
    }

    /// <summary>SQL commands and their time added up over the rounds of one level, for the notes.</summary>
    private sealed class SqlTotals
    {
        private long _commands;
        private double _milliseconds;
        private double _commitMilliseconds;

        public void Add(long commands, double milliseconds, double commitMilliseconds)
        {
            _commands += commands;
            _milliseconds += milliseconds;
            _commitMilliseconds += commitMilliseconds;
        }

        public string Describe(int requests) => string.Create(CultureInfo.InvariantCulture,
            $"{(double)_commands / requests:0.0} SQL commands in {_milliseconds / requests:0.00} ms, plus {_commitMilliseconds / requests:0.00} ms committing");
    }
}
