using Conexa.Application.Common.Interfaces;
using Conexa.FunctionalTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Reliability;

/// <summary>
/// The queries of a checkout and of the e-mails that follow it find their rows through an index. A query that
/// scans a table reads every row that earlier checkouts left there, so each checkout would be slower than the last.
/// </summary>
public sealed class QueryPlanTests
{
    [Test]
    public async Task CheckoutAndItsEmails_ScanNoTable()
    {
        var plan = await TestPlans.CreateAsync();
        var key = Guid.NewGuid().ToString();
        using var log = EfCommandLog.Start(command => command.Text.TrimStart().StartsWith("SELECT", StringComparison.Ordinal));

        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), key));
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());

        // Only this checkout's queries: the other tests and the background jobs share the process.
        object[] ids = [plan.LinkToken, key, plan.TenantId, plan.PlanId, plan.UnitId, contractId];
        List<LoggedCommand> ThisCheckoutsQueries() => log.Commands
            .Where(c => ids.Any(c.Binds))
            .DistinctBy(c => c.Text)
            .ToList();

        // A drain skips the events that the background processor has already claimed, so it may return before
        // that processor has written the e-mails.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var queries = ThisCheckoutsQueries();
        while (!queries.Any(q => q.Text.Contains("FROM \"EmailMessages\"", StringComparison.Ordinal)) && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await ApiServer.Services.GetRequiredService<IOutboxDrain>().DrainAsync(CancellationToken.None);
            await Task.Delay(50);
            queries = ThisCheckoutsQueries();
        }

        var scans = new List<string>();
        foreach (var query in queries)
        {
            scans.AddRange((await PlanOfAsync(query)).Where(IsScan).Select(step => $"{step} in:\n{query.Text}"));
        }

        Assert.That(queries.Select(q => q.Text), Has.Some.Contains("FROM \"EmailMessages\""), "The e-mails' queries were not seen.");
        Assert.That(queries.Select(q => q.Text), Has.Some.Contains("FROM \"Plans\""), "The checkout's queries were not seen.");
        Assert.That(scans, Is.Empty);
    }

    /// <summary>Returns whether a plan step reads a whole table or index. Reading a constant row does not count.</summary>
    private static bool IsScan(string step) =>
        step.StartsWith("SCAN ", StringComparison.Ordinal) && !step.StartsWith("SCAN CONSTANT ROW", StringComparison.Ordinal);

    /// <summary>Returns SQLite's query plan of the command, one line per step, with the same parameter values.</summary>
    private static Task<List<string>> PlanOfAsync(LoggedCommand query) =>
        ApiServer.QueryAsync(async db =>
        {
            await using var connection = new SqliteConnection(db.Database.GetConnectionString());
            await connection.OpenAsync();
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + query.Text;
            foreach (var (name, value) in query.Parameters)
            {
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            var steps = new List<string>();
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(3));
            }

            return steps;
        });
}
