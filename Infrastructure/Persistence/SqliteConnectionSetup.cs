using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Conexa.Infrastructure.Persistence;

/// <summary>
/// Sets four options on every SQLite connection EF Core opens, because SQLite keeps them per connection, and registers
/// the <see cref="NameCollation"/> that sorts names.
/// Microsoft.Data.Sqlite pools the native connections, which keep their options in the pool. So each one is set
/// once, the first time EF Core opens it. Setting them on every open took about 3% of a checkout's CPU time in a
/// profile.
/// <list type="bullet">
/// <item><c>busy_timeout</c>: SQLite itself waits for the write lock. Without it, a write that finds another
/// transaction holding the lock gets SQLITE_BUSY at once, and Microsoft.Data.Sqlite blocks its thread for
/// 150 ms before it retries. With it, SQLite polls the lock every few milliseconds, and the waiting request
/// goes on soon after the other transaction commits.</item>
/// <item><c>mmap_size</c>: SQLite reads the database file through a memory map of up to 256 MB instead of
/// copying each page into its 2 MB page cache. In one measurement, reading the export's 100,000 rows took
/// about a quarter less time. Writes still go through the write-ahead log as before.</item>
/// <item><c>cache_size</c>: up to 16 MB of pages per connection instead of 2 MB, so that the index pages a large
/// write touches stay in memory. In one billing run of 100,000 contracts the SQL statements took a third of
/// the time they took with the default. A connection grows its cache only as it touches pages.</item>
/// <item><c>synchronous = FULL</c>: every commit waits for the write-ahead log to reach the disk, so a saved
/// checkout survives a power loss. SQLite's default already, written here because
/// <see cref="SqliteAppDbContext.SaveChangesWithoutFlushAsync"/> lowers it for one save and puts it back.</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    /// <summary>How long SQLite waits for a lock before it reports the database busy; the default command timeout.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The largest part of the database file that SQLite maps into memory.</summary>
    public const long MemoryMapBytes = 256L * 1024 * 1024;

    /// <summary>The page cache of one connection, in kibibytes (SQLite reads a negative cache_size as KiB).</summary>
    public const int PageCacheKibibytes = 16 * 1024;

    /// <summary>Makes each commit wait for the disk; the connections' setting.</summary>
    public const string SynchronousFull = "PRAGMA synchronous = FULL;";

    /// <summary>Lets commits return before the disk has them; a power loss may undo them, a crash of the process does not.</summary>
    public const string SynchronousNormal = "PRAGMA synchronous = NORMAL;";

    /// <summary>The statements that set the four options on one connection.</summary>
    public static readonly string Pragmas = string.Create(
        CultureInfo.InvariantCulture,
        $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA mmap_size = {MemoryMapBytes}; PRAGMA cache_size = -{PageCacheKibibytes}; {SynchronousFull}");

    /// <summary>
    /// The collation that orders names as in Portuguese. SQLite's BINARY puts "Álvaro" and "bruno" after "Zé", and its
    /// NOCASE, which folds ASCII letters only, still puts "Álvaro" there. It compares with the pt-BR culture, ignoring
    /// case and accents.
    /// </summary>
    public const string NameCollation = "pt_br_names";

    private static readonly CompareInfo PortugueseComparer = CultureInfo.GetCultureInfo("pt-BR").CompareInfo;

    /// <summary>The native connections already set up. An entry is dropped when its connection is collected.</summary>
    private static readonly ConditionalWeakTable<sqlite3, object> SetConnections = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        RegisterCollation(connection);
        if (IsSet(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkSet(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        RegisterCollation(connection);
        if (IsSet(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkSet(connection);
    }

    /// <summary>
    /// Registers <see cref="NameCollation"/> on every open, unlike the options above. Registered once per native
    /// connection, the collation was missing when a later SqliteConnection object opened that pooled connection.
    /// </summary>
    private static void RegisterCollation(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateCollation(NameCollation, (x, y) => PortugueseComparer.Compare(x, y, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace));
        }
    }

    private static bool IsSet(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && SetConnections.TryGetValue(handle, out _);

    private static void MarkSet(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SetConnections.AddOrUpdate(handle, handle);
        }
    }
}
