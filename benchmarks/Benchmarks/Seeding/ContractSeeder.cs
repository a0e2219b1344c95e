using System.Diagnostics;
using System.Text.Json.Nodes;
using Conexa.Domain.Common;
using Microsoft.Data.Sqlite;

namespace Conexa.Benchmarks.Seeding;

/// <summary>Where a template checkout's records are, so that they can be copied.</summary>
internal sealed record TemplateRecords(Guid CheckoutId, Guid CustomerId, Guid LinkedPersonId, Guid SaleId, Guid ContractId, Guid ChargeId);

/// <summary>
/// Seeds contracts fast: one real checkout through the API makes a template of every record, then a prepared
/// INSERT per table copies it in one transaction with new ids, customer data and dates.
/// </summary>
internal static class ContractSeeder
{
    /// <summary>
    /// Inserts <paramref name="count"/> active contracts of <paramref name="plan"/>, each with its own customer,
    /// linked person and sale, starting on <paramref name="startDate"/>. With <paramref name="withPaidFirstCharge"/>
    /// each also gets a paid charge for period 0, as after a paid checkout. Returns the seconds taken.
    /// </summary>
    public static async Task<double> SeedAsync(BenchmarkHost host, BenchmarkPlan plan, int count, DateOnly startDate, bool withPaidFirstCharge)
    {
        var template = await SubmitTemplateAsync(host, plan);
        var stopwatch = Stopwatch.StartNew();

        await using var connection = new SqliteConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        using (var customers = RowCloner.FromRow(connection, transaction, "Customers", template.CustomerId))
        using (var people = RowCloner.FromRow(connection, transaction, "LinkedPeople", template.LinkedPersonId))
        using (var sales = RowCloner.FromRow(connection, transaction, "Sales", template.SaleId))
        using (var contracts = RowCloner.FromRow(connection, transaction, "Contracts", template.ContractId))
        using (var charges = RowCloner.FromRow(connection, transaction, "Charges", template.ChargeId))
        {
            for (var n = 1; n <= count; n++)
            {
                var customerId = TimeOrderedId.New();
                var linkedPersonId = TimeOrderedId.New();
                var saleId = TimeOrderedId.New();
                var contractId = TimeOrderedId.New();
                var document = SampleCustomers.Cpf(n);
                customers.Insert(("Id", customerId), ("Name", SampleCustomers.Name(n)), ("Document", document), ("Email", SampleCustomers.Email(n)));
                people.Insert(("Id", linkedPersonId), ("CustomerId", customerId), ("Name", SampleCustomers.Name(n)), ("Document", document), ("Email", SampleCustomers.Email(n)));
                sales.Insert(("Id", saleId), ("CustomerId", customerId));
                contracts.Insert(
                    ("Id", contractId),
                    ("CustomerId", customerId),
                    ("LinkedPersonId", linkedPersonId),
                    ("SaleId", saleId),
                    ("StartDate", startDate),
                    ("DueDay", startDate.Day),
                    ("Status", "Active"));
                if (withPaidFirstCharge)
                {
                    charges.Insert(
                        ("Id", TimeOrderedId.New()),
                        ("CustomerId", customerId),
                        ("ContractId", contractId),
                        ("SaleId", saleId),
                        ("DueDate", startDate),
                        ("Status", "Paid"),
                        ("ProviderChargeId", null),
                        ("PixCopyPaste", null));
                }
            }
        }

        DeleteTemplate(connection, transaction, template);
        await transaction.CommitAsync();
        return stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>Contracts a plan once through the public checkout route and returns the ids of what it created.</summary>
    public static async Task<TemplateRecords> SubmitTemplateAsync(BenchmarkHost host, BenchmarkPlan plan)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/plans/{plan.LinkToken}/checkouts")
        {
            Content = System.Net.Http.Json.JsonContent.Create(SampleCustomers.PixCheckoutBody(0)),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The template checkout failed with {(int)response.StatusCode}: {body}");
        }

        var checkoutId = Guid.Parse(JsonNode.Parse(body)!["checkoutId"]!.GetValue<string>());
        await using var connection = new SqliteConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT k."CustomerId", c."LinkedPersonId", c."SaleId", k."ContractId", k."ChargeId"
            FROM "Checkouts" k JOIN "Contracts" c ON c."Id" = k."ContractId"
            WHERE k."Id" = $id
            """;
        command.Parameters.AddWithValue("$id", RowCloner.GuidText(checkoutId));
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException($"Checkout {checkoutId} was not found in the database.");
        }

        return new TemplateRecords(
            checkoutId,
            Guid.Parse(reader.GetString(0)),
            Guid.Parse(reader.GetString(1)),
            Guid.Parse(reader.GetString(2)),
            Guid.Parse(reader.GetString(3)),
            Guid.Parse(reader.GetString(4)));
    }

    /// <summary>Deletes the template checkout's records, so that the tenant has exactly the seeded contracts.</summary>
    private static void DeleteTemplate(SqliteConnection connection, SqliteTransaction transaction, TemplateRecords template)
    {
        (string Table, Guid Id)[] rows =
        [
            ("Checkouts", template.CheckoutId),
            ("Charges", template.ChargeId),
            ("Contracts", template.ContractId),
            ("Sales", template.SaleId),
            ("LinkedPeople", template.LinkedPersonId),
            ("Customers", template.CustomerId),
        ];
        foreach (var (table, id) in rows)
        {
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM \"{table}\" WHERE \"Id\" = $id";
            delete.Parameters.AddWithValue("$id", RowCloner.GuidText(id));
            delete.ExecuteNonQuery();
        }
    }
}
