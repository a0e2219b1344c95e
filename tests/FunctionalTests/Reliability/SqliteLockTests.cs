using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Reliability;

/// <summary>
/// The product's SQLite connections let SQLite wait for the write lock itself, so a checkout that meets the
/// outbox dispatcher's transaction goes on a few milliseconds after it commits instead of sleeping 150 ms
/// in Microsoft.Data.Sqlite's retry loop.
/// </summary>
public sealed class SqliteLockTests
{
    [Test]
    public async Task EveryConnection_SetsSqliteBusyTimeout()
    {
        var timeouts = await ApiServer.QueryAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            var seen = new List<long>();
            for (var open = 0; open < 2; open++)
            {
                // Twice: a connection taken back from the pool is set again.
                await db.Database.OpenConnectionAsync();
                seen.Add(await BusyTimeoutAsync(connection));
                await db.Database.CloseConnectionAsync();
            }

            return seen;
        });

        Assert.That(timeouts, Is.EqualTo(new long[] { 30_000, 30_000 }));
    }

    private static async Task<long> BusyTimeoutAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
