using System.Diagnostics;
using System.Text.Json.Nodes;
using Conexa.Benchmarks.Seeding;
using Conexa.Domain.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Conexa.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace Conexa.Benchmarks.Checkout;

/// <summary>
/// The checkout benchmark's baseline, mapped only in the benchmark host: it reads the JSON body, then inserts
/// the rows that one checkout saves (customer, linked person, sale, contract, charge, checkout, contract
/// document, audit entry, outbox message) in one SQLite transaction, copied from a real checkout's rows. It validates nothing, reads
/// nothing from the database and calls no payment provider.
/// </summary>
internal sealed class BareCheckoutRoute
{
    public const string Path = "/bench/bare-checkouts";

    private string? _connectionString;
    private RowTemplate[] _templates = [];
    private long _insertTicks;
    private long _commitTicks;
    private long _requests;

    /// <summary>Returns the mean time per request of the nine inserts and of the commit since the last call, in milliseconds, and starts counting again.</summary>
    public (double InsertMilliseconds, double CommitMilliseconds) TakeSqlTimes()
    {
        var requests = Math.Max(1, Interlocked.Exchange(ref _requests, 0));
        var inserts = Interlocked.Exchange(ref _insertTicks, 0);
        var commits = Interlocked.Exchange(ref _commitTicks, 0);
        return (Stopwatch.GetElapsedTime(0, inserts).TotalMilliseconds / requests, Stopwatch.GetElapsedTime(0, commits).TotalMilliseconds / requests);
    }

    public void Map(WebApplication app) =>
        app.MapPost(Path + "/{linkToken}", (string linkToken, HttpRequest request) => HandleAsync(linkToken, request));

    /// <summary>Reads the rows of the template checkout once; the route copies them on every request.</summary>
    public void LoadTemplates(string connectionString, TemplateRecords template)
    {
        _connectionString = connectionString;
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        _templates =
        [
            RowTemplate.Read(connection, null, "Customers", template.CustomerId),
            RowTemplate.Read(connection, null, "LinkedPeople", template.LinkedPersonId),
            RowTemplate.Read(connection, null, "Sales", template.SaleId),
            RowTemplate.Read(connection, null, "Contracts", template.ContractId),
            RowTemplate.Read(connection, null, "Charges", template.ChargeId),
            RowTemplate.Read(connection, null, "Checkouts", template.CheckoutId),
            RowTemplate.Read(connection, null, "ContractDocuments", IdOf(connection, """SELECT "Id" FROM "ContractDocuments" WHERE "ContractId" = $id""", template.ContractId)),
            RowTemplate.Read(connection, null, "AuditEntries", IdOf(connection, """SELECT "Id" FROM "AuditEntries" WHERE "EntityId" = $id""", template.ContractId)),
            RowTemplate.Read(connection, null, "OutboxMessages", IdOf(connection, """SELECT "Id" FROM "OutboxMessages" LIMIT 1""", null)),
        ];
    }

    private async Task<IResult> HandleAsync(string linkToken, HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body);
        var customer = body?["customer"] ?? throw new BadHttpRequestException("The body has no customer.");
        var key = request.Headers["Idempotency-Key"].ToString();
        var customerId = TimeOrderedId.New();
        var linkedPersonId = TimeOrderedId.New();
        var saleId = TimeOrderedId.New();
        var contractId = TimeOrderedId.New();
        var chargeId = TimeOrderedId.New();
        var checkoutId = TimeOrderedId.New();
        var document = customer["document"]!.GetValue<string>();
        var name = customer["name"]!.GetValue<string>();
        var email = customer["email"]!.GetValue<string>();

        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using (var wait = connection.CreateCommand())
        {
            // The product's connection settings, so both sides queue for SQLite's write lock and cache pages alike.
            wait.CommandText = SqliteConnectionSetup.Pragmas;
            await wait.ExecuteNonQueryAsync();
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        (string Column, object? Value)[][] changes =
        [
            [("Id", customerId), ("Name", name), ("Document", document), ("Email", email)],
            [("Id", linkedPersonId), ("CustomerId", customerId), ("Name", name), ("Document", document), ("Email", email)],
            [("Id", saleId), ("CustomerId", customerId)],
            [("Id", contractId), ("CustomerId", customerId), ("LinkedPersonId", linkedPersonId), ("SaleId", saleId)],
            [("Id", chargeId), ("CustomerId", customerId), ("ContractId", contractId), ("SaleId", saleId), ("ProviderChargeId", null)],
            [("Id", checkoutId), ("IdempotencyKey", key), ("CustomerId", customerId), ("ContractId", contractId), ("ChargeId", chargeId)],
            [("Id", TimeOrderedId.New()), ("ContractId", contractId)],
            [("Id", TimeOrderedId.New()), ("EntityId", contractId), ("Details", $"Contratação online por {linkToken} (checkout {checkoutId}).")],
            // Stamped now, as the product stamps its events, so the outbox defers the copies during a load as it
            // defers the product's events, instead of handling them beside the bare route's requests.
            [("Id", TimeOrderedId.New()), ("OccurredAt", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()), ("ProcessedAt", null), ("LockedUntil", null)],
        ];
        var inserting = Stopwatch.GetTimestamp();
        for (var i = 0; i < _templates.Length; i++)
        {
            using var insert = RowCloner.FromTemplate(connection, transaction, _templates[i]);
            insert.Insert(changes[i]);
        }

        var committing = Stopwatch.GetTimestamp();
        await transaction.CommitAsync();
        Interlocked.Add(ref _insertTicks, committing - inserting);
        Interlocked.Add(ref _commitTicks, Stopwatch.GetTimestamp() - committing);
        Interlocked.Increment(ref _requests);
        return Results.Created($"{Path}/{checkoutId}", new { checkoutId, contractId, chargeId });
    }

    private static Guid IdOf(SqliteConnection connection, string sql, Guid? parameter)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameter is { } id)
        {
            command.Parameters.AddWithValue("$id", RowCloner.GuidText(id));
        }

        return Guid.Parse((string?)command.ExecuteScalar() ?? throw new InvalidOperationException("The template checkout has no row for: " + sql));
    }
}
