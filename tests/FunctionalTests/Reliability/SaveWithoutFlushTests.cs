using System.Data.Common;
using Conexa.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Conexa.FunctionalTests.Reliability;

/// <summary>
/// A save without flush commits with SQLite's <c>synchronous = NORMAL</c> and then puts the connection back to
/// <c>FULL</c>, so the pooled connection that the next save gets flushes its commits again, also after a failure.
/// </summary>
public sealed class SaveWithoutFlushTests
{
    private const int Normal = 1;
    private const int Full = 2;

    private string _databasePath = null!;
    private SynchronousProbe _probe = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _databasePath = ApiServer.NewDatabasePath();
        _probe = new SynchronousProbe();
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    [TearDown]
    public void DeleteDatabase() => ApiServer.DeleteDatabase(_databasePath);

    [Test]
    public async Task SaveWithoutFlush_RelaxesOnlyItsOwnCommit()
    {
        await using (var db = NewContext())
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "without flush", Xml = "<key/>" });
            await db.SaveChangesWithoutFlushAsync(CancellationToken.None);
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "flushed", Xml = "<key/>" });
            await db.SaveChangesAsync();
        }

        Assert.That(_probe.SettingAtEachInsert, Is.EqualTo(new[] { Normal, Full }));
        await using var reader = NewContext();
        Assert.That(await reader.DataProtectionKeys.CountAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task FailedSaveWithoutFlush_LeavesPooledConnectionFlushing()
    {
        await using (var db = NewContext())
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { Id = 7, FriendlyName = "first", Xml = "<key/>" });
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext())
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { Id = 7, FriendlyName = "same key", Xml = "<key/>" });
            Assert.That(async () => await db.SaveChangesWithoutFlushAsync(CancellationToken.None), Throws.InstanceOf<DbUpdateException>());
        }

        await using (var db = NewContext())
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "after the failure", Xml = "<key/>" });
            await db.SaveChangesAsync();
        }

        Assert.That(_probe.SettingAtEachInsert, Is.EqualTo(new[] { Full, Normal, Full }));
    }

    private SqliteAppDbContext NewContext() => new(new DbContextOptionsBuilder<SqliteAppDbContext>()
        .UseSqlite($"Data Source={_databasePath}")
        .AddInterceptors(new SqliteConnectionSetup(), _probe)
        .Options);

    /// <summary>Reads the connection's <c>synchronous</c> setting just before each INSERT runs on it.</summary>
    private sealed class SynchronousProbe : DbCommandInterceptor
    {
        public List<int> SettingAtEachInsert { get; } = [];

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            if (command.CommandText.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) && command.Connection is { } connection)
            {
                await using var read = connection.CreateCommand();
                read.Transaction = command.Transaction;
                read.CommandText = "PRAGMA synchronous";
                SettingAtEachInsert.Add(Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture));
            }

            return result;
        }
    }
}
