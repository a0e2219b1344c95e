using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Conexa.Infrastructure.Persistence;

/// <summary>The SQL Server database of production.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    /// <summary>SQL Server's Latin collation that ignores case and accents, so "Álvaro" sorts with "alvaro".</summary>
    public override string NameCollation => "Latin1_General_100_CI_AI";

    /// <summary>Begins a transaction and takes an exclusive application lock on <paramref name="resource"/>, released at its end.</summary>
    /// <remarks>NOTE: the tests run on SQLite only, so this lock has not been run.</remarks>
    public override async Task<IDbContextTransaction> BeginExclusiveAsync(string resource, CancellationToken cancellationToken)
    {
        var transaction = await Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await Database.ExecuteSqlAsync(
                $"DECLARE @granted int; EXEC @granted = sp_getapplock @Resource = {resource}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 30000; IF @granted < 0 THROW 51000, 'The application lock was not granted within 30 seconds.', 1;",
                cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}
