using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Conexa.Infrastructure.Persistence;

/// <summary>
/// Lets SQLite itself wait for the write lock on every connection EF Core opens. Without it, a write that finds
/// another transaction holding the lock gets SQLITE_BUSY at once, and Microsoft.Data.Sqlite blocks its thread
/// for 150 ms before it retries. With it, SQLite polls the lock every few milliseconds, and the waiting
/// request goes on soon after the other transaction commits.
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    /// <summary>How long SQLite waits for a lock before it reports the database busy; the default command timeout.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The statement that sets the wait on one connection.</summary>
    public static string Pragma { get; } = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(int)Timeout.TotalMilliseconds};");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
