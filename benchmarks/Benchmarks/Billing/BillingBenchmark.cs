using System.Diagnostics;
using System.Globalization;
using Conexa.Application.Billing;
using Conexa.Benchmarks.Seeding;
using Conexa.Domain.Tenants;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.Benchmarks.Billing;

/// <summary>
/// Time of BillingRunner.RunAsync over N active contracts that each owe one charge due tomorrow, against
/// inserting the same N charges with one prepared command in one transaction.
/// </summary>
internal static class BillingBenchmark
{
    private const string Name = "billing";

    public static async Task RunAsync(BenchmarkOptions options, RunRecord record)
    {
        var perContract = new Dictionary<(int Size, bool Sandbox), double>();
        foreach (var size in options.BillingSizes)
        {
            await using var host = await BenchmarkHost.StartAsync(configure: InProcessPixSwitch.Install);
            var plan = await host.CreatePlanAsync();
            var tomorrow = Tenant.Create("zone", SubscriptionTier.Pro, "zone@benchmark.test").LocalDate(DateTimeOffset.UtcNow).AddDays(1);
            var start = tomorrow.AddMonths(-1);
            var seedSeconds = await ContractSeeder.SeedAsync(host, plan, size, start, withPaidFirstCharge: true);
            record.Log(string.Create(CultureInfo.InvariantCulture, $"billing   seeded {size} contracts starting {start:yyyy-MM-dd} in {seedSeconds:0.0} s"));

            var rawSeconds = InsertChargesRaw(host.ConnectionString, tomorrow);
            var quotas = ResetBilledPeriod(host.ConnectionString, null);
            var sizeText = size.ToString("N0", CultureInfo.InvariantCulture);
            record.Log(string.Create(CultureInfo.InvariantCulture, $"billing   raw insert of {size} charges: {rawSeconds:0.000} s"));

            if (size <= options.BillingSandboxMax)
            {
                var sandbox = await RunBillingAsync(host, plan.TenantId, size, record);
                perContract[(size, true)] = sandbox / size;
                record.Add(Figure.AtMost(Name, $"{sizeText} contracts, as is (Pix start at the EFI sandbox)", sandbox, rawSeconds, "s", 2.0));
                ResetBilledPeriod(host.ConnectionString, quotas);
            }

            InProcessPixSwitch.Enabled = true;
            try
            {
                var inProcess = await RunBillingAsync(host, plan.TenantId, size, record);
                perContract[(size, false)] = inProcess / size;
                record.Add(Figure.AtMost(Name, $"{sizeText} contracts, Pix start in-process (no sandbox calls)", inProcess, rawSeconds, "s", 2.0));
            }
            finally
            {
                InProcessPixSwitch.Enabled = false;
            }
        }

        AddGrowth(options, record, perContract, sandbox: true);
        AddGrowth(options, record, perContract, sandbox: false);
    }

    /// <summary>Runs the billing of one tenant and checks that it created one charge per contract; returns the seconds taken.</summary>
    private static async Task<double> RunBillingAsync(BenchmarkHost host, Guid tenantId, int size, RunRecord record)
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

        var label = InProcessPixSwitch.Enabled ? "Pix start in-process" : "Pix start at the sandbox";
        record.Note(Name, string.Create(CultureInfo.InvariantCulture,
            $"{size:N0} contracts, {label}: {seconds:0.00} s in all ({seconds / size * 1000:0.000} ms per contract); EF Core ran {commands.Count:N0} SQL commands ({(double)commands.Count / size:0.0} per contract) that took {commands.Seconds:0.00} s ({commands.Seconds / seconds:P0} of the run), and committed {commands.Commits:N0} transactions that took {commands.CommitSeconds:0.00} s ({commands.CommitSeconds / seconds:P0})."));
        return seconds;
    }

    /// <summary>Reports the time per contract at the largest size against the smallest; linear growth keeps it near 1×.</summary>
    private static void AddGrowth(BenchmarkOptions options, RunRecord record, Dictionary<(int Size, bool Sandbox), double> perContract, bool sandbox)
    {
        var sizes = options.BillingSizes.Where(s => perContract.ContainsKey((s, sandbox))).Order().ToList();
        if (sizes.Count < 2)
        {
            return;
        }

        var (small, large) = (sizes[0], sizes[^1]);
        var label = sandbox ? "as is" : "Pix start in-process";
        record.Add(Figure.AtMost(
            Name,
            string.Create(CultureInfo.InvariantCulture, $"growth {small:N0} → {large:N0} contracts ({label}): time per contract, product = larger size, baseline = smaller; total grew {perContract[(large, sandbox)] * large / (perContract[(small, sandbox)] * small):0.0}× for {(double)large / small:0}× the contracts"),
            perContract[(large, sandbox)] * 1000,
            perContract[(small, sandbox)] * 1000,
            "ms",
            1.2));
    }

    /// <summary>Inserts one pending charge per contract for period 1 in one transaction; returns the seconds taken.</summary>
    private static double InsertChargesRaw(string connectionString, DateOnly dueDate)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var contracts = new List<(string Id, string CustomerId, string ChargeId)>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = """SELECT c."Id", c."CustomerId", h."Id" FROM "Contracts" c JOIN "Charges" h ON h."ContractId" = c."Id" """;
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
                insert.Insert(("Id", Guid.NewGuid()), ("ContractId", id), ("CustomerId", customerId), ("SaleId", null), ("PeriodIndex", 1), ("DueDate", dueDate), ("Status", "Pending"));
            }

            transaction.Commit();
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Deletes the charges of period 1 and puts back the contracts' quotas, so the next run bills the same
    /// period again. Returns the quotas read before the first run when <paramref name="quotas"/> is null.
    /// </summary>
    private static string ResetBilledPeriod(string connectionString, string? quotas)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """DELETE FROM "Charges" WHERE "PeriodIndex" = 1""";
        command.ExecuteNonQuery();
        if (quotas is null)
        {
            command.CommandText = """SELECT "Quotas" FROM "Contracts" LIMIT 1""";
            return (string)command.ExecuteScalar()!;
        }

        command.CommandText = """UPDATE "Contracts" SET "Quotas" = $quotas""";
        command.Parameters.AddWithValue("$quotas", quotas);
        command.ExecuteNonQuery();
        return quotas;
    }
}
