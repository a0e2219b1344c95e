using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Conexa.Infrastructure.Persistence;

/// <summary>The SQLite database of the embedded default and the tests.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    /// <summary>
    /// Begins a transaction with BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default), which takes the database's
    /// single write lock at once: coarser than <paramref name="resource"/>, and just as exclusive.
    /// </summary>
    public override Task<IDbContextTransaction> BeginExclusiveAsync(string resource, CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(cancellationToken);
}
