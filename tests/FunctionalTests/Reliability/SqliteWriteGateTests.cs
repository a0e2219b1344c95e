using System.Data.Common;
using Conexa.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conexa.FunctionalTests.Reliability;

/// <summary>
/// The product's EF Core writes to SQLite take turns in the process. A transaction has the turn from its start
/// to its end and a write outside one while it runs. Every way a write ends gives the turn back, so a failed
/// write never leaves the others waiting.
/// </summary>
public sealed class SqliteWriteGateTests
{
    private string _databasePath = null!;
    private SqliteWriteGate _gate = null!;
    private TurnProbe _probe = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _databasePath = ApiServer.NewDatabasePath();
        _gate = new SqliteWriteGate(NullLogger<SqliteWriteGate>.Instance);
        _probe = new TurnProbe(_gate);
        await using var db = NewContext();
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE Items (Id INTEGER PRIMARY KEY)");
    }

    [TearDown]
    public void DeleteDatabase() => ApiServer.DeleteDatabase(_databasePath);

    [Test]
    public async Task Transaction_KeepsTurnUntilCommit()
    {
        await using var db = NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO Items (Id) VALUES (1)");
        var takenInside = _gate.IsTurnTaken;
        await transaction.CommitAsync();

        Assert.That(takenInside, Is.True);
        Assert.That(_gate.IsTurnTaken, Is.False);
    }

    [Test]
    public async Task TransactionDisposedUncommitted_ReturnsTurn()
    {
        await using var db = NewContext();
        await using (await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO Items (Id) VALUES (1)");
            Assert.That(_gate.IsTurnTaken, Is.True);
        }

        Assert.That(_gate.IsTurnTaken, Is.False);
        Assert.That(await CountAsync(), Is.Zero, "the insert was rolled back");
    }

    [Test]
    public async Task FailedWrites_ReturnTurn()
    {
        await using var db = NewContext();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO Items (Id) VALUES (1)");

        Assert.That(async () => await db.Database.ExecuteSqlRawAsync("INSERT INTO Items (Id) VALUES (1)"), Throws.InstanceOf<DbException>());
        Assert.That(_gate.IsTurnTaken, Is.False, "after a failed write outside a transaction");

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.That(async () => await db.Database.ExecuteSqlRawAsync("INSERT INTO Items (Id) VALUES (1)"), Throws.InstanceOf<DbException>());
        }

        Assert.That(_gate.IsTurnTaken, Is.False, "after a failed write inside a transaction");
        Assert.That(await CountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task FailedBegin_ReturnsTurn()
    {
        // Another process's transaction, which the gate does not see, has SQLite's write lock. The context
        // gives up after one second, without the product's 30 s busy_timeout.
        await using var otherProcess = new SqliteConnection($"Data Source={_databasePath}");
        await otherProcess.OpenAsync();
        await using var lockHolder = otherProcess.BeginTransaction();
        await using var db = new DbContext(new DbContextOptionsBuilder()
            .UseSqlite($"Data Source={_databasePath};Default Timeout=1")
            .AddInterceptors(_gate)
            .Options);

        Assert.That(async () => await db.Database.BeginTransactionAsync(), Throws.InstanceOf<SqliteException>());
        Assert.That(_gate.IsTurnTaken, Is.False);
    }

    [Test]
    public async Task CommandsOutsideTransaction_TakeTurnOnlyToWrite()
    {
        await using var db = NewContext();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO Items (Id) VALUES (1)");
        var returned = await db.Database.SqlQueryRaw<long>("INSERT INTO Items (Id) VALUES (2) RETURNING Id").ToListAsync();
        await db.Database.ExecuteSqlRawAsync("  update Items SET Id = 3 WHERE Id = 2");
        await db.Database.ExecuteSqlRawAsync("DELETE FROM Items WHERE Id = 3");
        var count = await CountAsync();

        Assert.That(returned, Is.EqualTo(new[] { 2L }));
        Assert.That(count, Is.EqualTo(1));
        Assert.That(_probe.Seen.Select(s => s.Sql).Take(4), Is.EqualTo(new[]
        {
            "INSERT INTO Items (Id) VALUES (1)",
            "INSERT INTO Items (Id) VALUES (2) RETURNING Id",
            "  update Items SET Id = 3 WHERE Id = 2",
            "DELETE FROM Items WHERE Id = 3",
        }));
        Assert.That(_probe.Seen.Select(s => s.TurnTaken), Is.EqualTo(new[] { true, true, true, true, false }));
        Assert.That(_probe.Seen[4].Sql, Does.StartWith("SELECT"));
        Assert.That(_gate.IsTurnTaken, Is.False);
    }

    [Test]
    public async Task SecondWriter_GoesOnAfterFirstCommits()
    {
        await using var first = NewContext();
        await using var second = NewContext();
        var transaction = await first.Database.BeginTransactionAsync();
        await first.Database.ExecuteSqlRawAsync("INSERT INTO Items (Id) VALUES (1)");

        var secondWrite = second.Database.ExecuteSqlRawAsync("INSERT INTO Items (Id) VALUES (2)");
        await Task.Delay(100);
        var finishedEarly = secondWrite.IsCompleted;
        await transaction.CommitAsync();
        await transaction.DisposeAsync();
        await secondWrite.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(finishedEarly, Is.False);
        Assert.That(await CountAsync(), Is.EqualTo(2));
        Assert.That(_gate.IsTurnTaken, Is.False);
    }

    private async Task<int> CountAsync()
    {
        await using var db = NewContext();
        return await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM Items").SingleAsync();
    }

    private DbContext NewContext() =>
        new(new DbContextOptionsBuilder().UseSqlite($"Data Source={_databasePath}").AddInterceptors(new SqliteConnectionSetup(), _gate, _probe).Options);

    /// <summary>Records, for each command, whether the gate's turn was taken when the command started.</summary>
    private sealed class TurnProbe(SqliteWriteGate gate) : DbCommandInterceptor
    {
        public List<(string Sql, bool TurnTaken)> Seen { get; } = [];

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Record(DbCommand command)
        {
            if (command.Transaction is null && !command.CommandText.StartsWith("CREATE", StringComparison.Ordinal))
            {
                Seen.Add((command.CommandText.TrimEnd(), gate.IsTurnTaken));
            }
        }
    }
}
