using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Conexa.Infrastructure.Persistence;

/// <summary>
/// Lets one EF Core write at a time into the SQLite file, in this process, and hands the turn straight to the
/// next waiting writer. SQLite allows a single writer, and a blocked writer sleeps and retries until its
/// <c>busy_timeout</c> ends, so it often resumes milliseconds after the lock was freed. In a profile at one
/// client, a checkout's second save waited about 7 ms that way for the outbox's e-mail transaction.
/// <para>
/// A write is a transaction EF Core begins (Microsoft.Data.Sqlite begins them with <c>BEGIN IMMEDIATE</c>, which
/// takes the write lock at once) or an INSERT, UPDATE or DELETE run outside one. The turn is given back when the
/// transaction commits, rolls back or fails, when the command ends or fails, and at the latest when the
/// connection closes. Writes this gate does not see (other processes, SQL run outside EF Core) still wait on
/// SQLite's lock as before, and a writer that waits longer than <see cref="SqliteConnectionSetup.BusyTimeout"/>
/// goes on to SQLite's lock, so the gate changes how long writers wait and never whether a write happens.
/// </para>
/// <para>
/// The gate begins EF Core's transactions itself, so that a BEGIN that fails gives the turn back.
/// NOTE: a transaction disposed without commit or rollback gives the turn back only when its connection closes.
/// EF Core closes it right away unless the code opened the connection itself. The product opens one only in
/// <see cref="SqliteAppDbContext.SaveChangesWithoutFlushAsync"/>, around one SaveChanges, whose own transaction
/// commits or rolls back.
/// </para>
/// </summary>
[SuppressMessage(
    "Reliability",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "The semaphore never creates its wait handle, so it holds nothing to free; disposing it at shutdown would make a write still running then throw.")]
public sealed partial class SqliteWriteGate(ILogger<SqliteWriteGate> logger)
    : DbConnectionInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    private static readonly string[] WriteKeywords = ["INSERT", "UPDATE", "DELETE", "REPLACE"];

    /// <summary>The owner of a turn taken for a transaction that is beginning.</summary>
    private static readonly object StartingTransaction = new();

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly ConditionalWeakTable<DbConnection, Holder> _holders = [];
    private readonly ConditionalWeakTable<DbTransaction, DbConnection> _transactions = [];

    /// <summary>Gets whether a write has the turn at this moment.</summary>
    public bool IsTurnTaken => _turn.CurrentCount == 0;

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(eventData);
        var holder = Enter(connection, StartingTransaction);
        try
        {
            return InterceptionResult<DbTransaction>.SuppressWithResult(Own(holder, connection, connection.BeginTransaction(eventData.IsolationLevel)));
        }
        catch
        {
            Exit(connection);
            throw;
        }
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection,
        TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(eventData);
        var holder = await EnterAsync(connection, StartingTransaction, cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(eventData.IsolationLevel, cancellationToken);
            return InterceptionResult<DbTransaction>.SuppressWithResult(Own(holder, connection, transaction));
        }
        catch
        {
            Exit(connection);
            throw;
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Exit(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Exit(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(transaction);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Exit(transaction);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(transaction);
        return Task.CompletedTask;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterForCommand(command);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        await EnterForCommandAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        ExitForCommand(command);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterForCommand(command);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        await EnterForCommandAsync(command, cancellationToken);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        ExitForCommand(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ExitForCommand(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        EnterForCommand(command);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        await EnterForCommandAsync(command, cancellationToken);
        return result;
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        ExitForCommand(command);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        ExitForCommand(command);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ExitForCommand(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitForCommand(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => ExitForCommand(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitForCommand(command);
        return Task.CompletedTask;
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Exit(connection);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Exit(connection);
        return Task.CompletedTask;
    }

    public override void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => Exit(connection);

    public override Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Exit(connection);
        return Task.CompletedTask;
    }

    /// <summary>Returns whether a command outside a transaction writes, judged by its first keyword.</summary>
    private static bool IsWriteOutsideTransaction(DbCommand command)
    {
        if (command.Transaction is not null)
        {
            return false;
        }

        var text = command.CommandText.AsSpan().TrimStart();
        foreach (var keyword in WriteKeywords)
        {
            if (text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void EnterForCommand(DbCommand command)
    {
        if (command.Connection is { } connection && IsWriteOutsideTransaction(command))
        {
            Enter(connection, command);
        }
    }

    private async ValueTask EnterForCommandAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (command.Connection is { } connection && IsWriteOutsideTransaction(command))
        {
            await EnterAsync(connection, command, cancellationToken);
        }
    }

    private void ExitForCommand(DbCommand command)
    {
        if (command.Connection is { } connection)
        {
            Exit(connection, command);
        }
    }

    /// <summary>
    /// Waits for the turn for <paramref name="owner"/> and returns the connection's holder, or null when the wait
    /// timed out. A connection that has the turn already passes it to a transaction it begins.
    /// </summary>
    private Holder? Enter(DbConnection connection, object owner)
    {
        var holder = _holders.GetOrCreateValue(connection);
        return holder.Owner is not null
            ? TakeOver(holder, owner)
            : Claim(holder, owner, _turn.Wait(SqliteConnectionSetup.BusyTimeout));
    }

    private async ValueTask<Holder?> EnterAsync(DbConnection connection, object owner, CancellationToken cancellationToken)
    {
        var holder = _holders.GetOrCreateValue(connection);
        return holder.Owner is not null
            ? TakeOver(holder, owner)
            : Claim(holder, owner, await _turn.WaitAsync(SqliteConnectionSetup.BusyTimeout, cancellationToken));
    }

    /// <summary>Records <paramref name="owner"/> as having the turn, or logs that the wait for it timed out.</summary>
    private Holder? Claim(Holder holder, object owner, bool gotTurn)
    {
        if (!gotTurn)
        {
            LogTurnTimedOut(SqliteConnectionSetup.BusyTimeout.TotalSeconds);
            return null;
        }

        holder.Owner = owner;
        return holder;
    }

    /// <summary>Passes a turn the connection already has to a transaction; a command leaves it with its owner.</summary>
    private static Holder? TakeOver(Holder holder, object owner)
    {
        if (ReferenceEquals(owner, StartingTransaction))
        {
            holder.Owner = owner;
            return holder;
        }

        return null;
    }

    /// <summary>Hands the turn taken for a beginning transaction to the transaction; a wait that timed out took none.</summary>
    private DbTransaction Own(Holder? holder, DbConnection connection, DbTransaction transaction)
    {
        if (holder is not null)
        {
            holder.Owner = transaction;
            _transactions.AddOrUpdate(transaction, connection);
        }

        return transaction;
    }

    private void Exit(DbTransaction transaction)
    {
        if (_transactions.TryGetValue(transaction, out var connection))
        {
            _transactions.Remove(transaction);
            Exit(connection, transaction);
        }
    }

    /// <summary>Gives the turn back if <paramref name="owner"/> took it, or whatever took it when no owner is named.</summary>
    private void Exit(DbConnection connection, object? owner = null)
    {
        if (_holders.TryGetValue(connection, out var holder) && holder.Owner is not null && (owner is null || ReferenceEquals(holder.Owner, owner)))
        {
            holder.Owner = null;
            _turn.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An SQLite write waited {Seconds} s for its turn in this process and goes on to SQLite's own lock; a write may be holding its turn too long")]
    private partial void LogTurnTimedOut(double seconds);

    /// <summary>The turn state of one connection, which runs one operation at a time.</summary>
    private sealed class Holder
    {
        /// <summary>Gets or sets what has the turn: a transaction, a command, or null when the connection has none.</summary>
        public object? Owner { get; set; }
    }
}
