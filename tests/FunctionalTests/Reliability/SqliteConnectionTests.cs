using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Reliability;

/// <summary>
/// The product's SQLite connections let SQLite wait for the write lock itself. A checkout that meets the
/// outbox dispatcher's transaction then goes on a few milliseconds after it commits, instead of sleeping
/// 150 ms in Microsoft.Data.Sqlite's retry loop. The connections also read the file through a memory map
/// and a larger page cache.
/// </summary>
public sealed class SqliteConnectionTests
{
    [Test]
    public async Task EveryConnection_SetsLockWaitAndCaches()
    {
        var settings = await ApiServer.QueryAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            var seen = new List<(long BusyTimeout, long MemoryMap, long CacheSize)>();
            for (var open = 0; open < 2; open++)
            {
                // Twice: a connection taken back from the pool keeps its settings.
                await db.Database.OpenConnectionAsync();
                seen.Add((await PragmaAsync(connection, "busy_timeout"), await PragmaAsync(connection, "mmap_size"), await PragmaAsync(connection, "cache_size")));
                await db.Database.CloseConnectionAsync();
            }

            return seen;
        });

        Assert.That(settings, Is.EqualTo(new[] { (30_000L, 268_435_456L, -16_384L), (30_000L, 268_435_456L, -16_384L) }));
    }

    private static async Task<long> PragmaAsync(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
