using System.Diagnostics;
using System.Globalization;
using Conexa.Application.Billing;
using Conexa.Application.Payments.RecoverPaymentStarts;
using Conexa.Benchmarks.Seeding;
using Conexa.Domain.Common;
using Conexa.Domain.Tenants;
using Conexa.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.Benchmarks.Billing;

/// <summary>
/// Time of BillingRunner.RunAsync over N active contracts that each owe one charge due tomorrow, against
/// inserting the same N charges with one prepared command in one transaction. The payment starts that follow
/// the run (PaymentStartRecovery, one provider call per charge) are timed on their own.
/// </summary>
internal static class BillingBenchmark
{
    private const string Name = "billing";

    public static async Task RunAsync(BenchmarkOptions options, RunRecord record)
    {
        var perContract = new Dictionary<int, double>();
        foreach (var size in options.BillingSizes)
        {
            await using var host = await BenchmarkHost.StartAsync();
            var plan = await host.CreatePlanAsync();
            var tomorrow = Tenant.Create("zone", SubscriptionTier.Pro, "zone@benchmark.test").LocalDate(DateTimeOffset.UtcNow).AddDays(1);
            var start = tomorrow.AddMonths(-1);
            var seedSeconds = await ContractSeeder.SeedAsync(host, plan, size, start, withPaidFirstCharge: true);
            record.Log(string.Create(CultureInfo.InvariantCulture, $"billing   seeded {size} contracts starting {start:yyyy-MM-dd} in {seedSeconds:0.0} s"));
            await WarmUpAsync(host, start);

            // Rounds alternate the raw insert and the billing run, each undone before the next, so a slow spell
            // of the machine falls on both sides, and each side's median counts.
            var raws = new List<double>();
            var runs = new List<double>();
            for (var round = 1; round <= options.Repeats; round++)
            {
                if (round > 1)
                {
                    DeletePeriodOneCharges(host.ConnectionString, plan.TenantId);
                }

                raws.Add(InsertChargesRaw(host.ConnectionString, plan.TenantId, tomorrow));
                DeletePeriodOneCharges(host.ConnectionString, plan.TenantId);
                runs.Add(await RunBillingAsync(host, plan.TenantId, size, record, noteRun: round == options.Repeats));
                record.Log(string.Create(CultureInfo.InvariantCulture, $"billing   {size} contracts round {round}: raw insert {raws[^1]:0.000} s, billing run {runs[^1]:0.000} s"));
            }

            var rawSeconds = Statistics.Median(raws);
            var billing = Statistics.Median(runs);
            var sizeText = size.ToString("N0", CultureInfo.InvariantCulture);
            perContract[size] = billing / size;
            record.Add(Figure.AtMost(Name, $"{sizeText} contracts, billing run (charges, one transaction per batch)", billing, rawSeconds, "s", 2.0));

            if (size <= options.BillingSandboxMax)
            {
                var starts = await StartPaymentsAsync(host, plan.TenantId, size);
                record.Add(Figure.Info(Name, $"{sizeText} charges, payment starts after the run (Pix at the EFI sandbox, one call each)", starts, rawSeconds, "s"));
            }
        }

        AddGrowth(options, record, perContract);
    }

    /// <summary>
    /// Bills another tenant's 2,000 contracts (four batches) first, so the timed run does not pay for compiling
    /// the billing code (the raw insert is a loop over one prepared command, with little to compile).
    /// </summary>
    private static async Task WarmUpAsync(BenchmarkHost host, DateOnly start)
    {
        var plan = await host.CreatePlanAsync();
        await ContractSeeder.SeedAsync(host, plan, 2_000, start, withPaidFirstCharge: true);
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BillingRunner>().RunAsync(CancellationToken.None, plan.TenantId);
    }

    /// <summary>
    /// Runs the billing of one tenant and checks that it created one charge per contract; returns the seconds taken.
    /// With <paramref name="noteRun"/> the report notes the run's SQL and commit times.
    /// </summary>
    private static async Task<double> RunBillingAsync(BenchmarkHost host, Guid tenantId, int size, RunRecord record, bool noteRun)
    {
        using var commands = EfCommandTimer.Start();
        var stopwatch = Stopwatch.StartNew();
        await using var scope = host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<BillingRunner>().RunAsync(CancellationToken.None, tenantId);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        if (result.ChargesCreated != size)
        {
            throw new InvalidOperationException($"The billing run created {result.ChargesCreated} charges for {size} contracts; expected one each.");
        }

        if (!noteRun)
        {
            return seconds;
        }

        record.Note(Name, string.Create(CultureInfo.InvariantCulture,
            $"{size:N0} contracts, last billing run: {seconds:0.00} s in all ({seconds / size * 1000:0.000} ms per contract); EF Core ran {commands.Count:N0} SQL commands ({(double)commands.Count / size:0.0} per contract) that took {commands.Seconds:0.00} s ({commands.Seconds / seconds:P0} of the run), and committed {commands.Commits:N0} transactions that took {commands.CommitSeconds:0.00} s ({commands.CommitSeconds / seconds:P0})."));
        return seconds;
    }

    /// <summary>Starts the payments of the charges the run left pending and checks that none is left; returns the seconds taken.</summary>
    private static async Task<double> StartPaymentsAsync(BenchmarkHost host, Guid tenantId, int size)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var scope = host.Services.CreateAsyncScope();
        var started = await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(CancellationToken.None, tenantId);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        if (started != size)
        {
            throw new InvalidOperationException($"The payment start job started {started} charges of {size}.");
        }

        return seconds;
    }

    /// <summary>Reports the time per contract at the largest size against the smallest; linear growth keeps it near 1×.</summary>
    private static void AddGrowth(BenchmarkOptions options, RunRecord record, Dictionary<int, double> perContract)
    {
        var sizes = options.BillingSizes.Where(perContract.ContainsKey).Order().ToList();
        if (sizes.Count < 2)
        {
            return;
        }

        var (small, large) = (sizes[0], sizes[^1]);
        record.Add(Figure.AtMost(
            Name,
            string.Create(CultureInfo.InvariantCulture, $"growth {small:N0} → {large:N0} contracts: time per contract, product = larger size, baseline = smaller; total grew {perContract[large] * large / (perContract[small] * small):0.0}× for {(double)large / small:0}× the contracts"),
            perContract[large] * 1000,
            perContract[small] * 1000,
            "ms",
            1.2));
    }

    /// <summary>
    /// Inserts one pending charge per contract of the tenant for period 1 in one transaction and returns the seconds
    /// taken. Rows go in contract key order with keys made by the product's generator, as the billing run writes them.
    /// </summary>
    private static double InsertChargesRaw(string connectionString, Guid tenantId, DateOnly dueDate)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var settings = connection.CreateCommand())
        {
            // The product's connection settings (lock wait, memory map, page cache) and foreign-key checks, which EF
            // Core turns on for its SQLite connections, so both sides write alike.
            settings.CommandText = SqliteConnectionSetup.Pragmas + " PRAGMA foreign_keys = ON;";
            settings.ExecuteNonQuery();
        }

        var contracts = new List<(string Id, string CustomerId, string ChargeId)>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = """SELECT c."Id", c."CustomerId", h."Id" FROM "Contracts" c JOIN "Charges" h ON h."ContractId" = c."Id" WHERE c."TenantId" = $tenant AND h."PeriodIndex" = 0 ORDER BY c.Id""";
            select.Parameters.AddWithValue("$tenant", RowCloner.GuidText(tenantId));
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                contracts.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var template = RowTemplate.Read(connection, null, "Charges", Guid.Parse(contracts[0].ChargeId));
        var stopwatch = Stopwatch.StartNew();
        using (var transaction = connection.BeginTransaction())
        using (var insert = RowCloner.FromTemplate(connection, transaction, template))
        {
            foreach (var (id, customerId, _) in contracts)
            {
                insert.Insert(("Id", TimeOrderedId.New()), ("ContractId", id), ("CustomerId", customerId), ("SaleId", null), ("PeriodIndex", 1), ("DueDate", dueDate), ("Status", "Pending"));
            }

            transaction.Commit();
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>Deletes the tenant's charges of period 1, so that the next raw insert or billing run writes them again.</summary>
    private static void DeletePeriodOneCharges(string connectionString, Guid tenantId)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """DELETE FROM "Charges" WHERE "PeriodIndex" = 1 AND "TenantId" = $tenant""";
        command.Parameters.AddWithValue("$tenant", RowCloner.GuidText(tenantId));
        command.ExecuteNonQuery();
    }
}
