using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Conexa.FunctionalTests.Support;

/// <summary>
/// A SQL command EF Core ran, with its parameter values as they were bound, the number the log gave its
/// transaction (null outside one), and the trace of the HTTP request it ran in (null outside a request).
/// </summary>
public sealed record LoggedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters, long? Transaction = null, string? RequestTrace = null)
{
    /// <summary>Returns whether a parameter was bound to <paramref name="value"/>, an id matching whether the provider bound a Guid or its text in either case.</summary>
    public bool Binds(object value) => Parameters.Any(p => Normalized(p.Value) == Normalized(value));

    private static string Normalized(object? value) => value switch
    {
        Guid id => id.ToString(),
        string text when Guid.TryParse(text, out var id) => id.ToString(),
        _ => value?.ToString() ?? string.Empty,
    };
}

/// <summary>
/// Records the SQL commands that EF Core runs anywhere in this process while it is alive (the API in the
/// tests shares the process), from EF Core's DiagnosticListener events. Only commands that
/// <c>keep</c> accepts are recorded.
/// </summary>
public sealed class EfCommandLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly Func<LoggedCommand, bool> _keep;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly ConcurrentQueue<LoggedCommand> _commands = new();
    private readonly ConditionalWeakTable<DbTransaction, object> _transactionNumbers = [];
    private long _lastTransactionNumber;

    private EfCommandLog(Func<LoggedCommand, bool> keep) => _keep = keep;

    public IReadOnlyList<LoggedCommand> Commands => [.. _commands];

    public static EfCommandLog Start(Func<LoggedCommand, bool> keep)
    {
        var log = new EfCommandLog(keep);
        log._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(log));
        return log;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandExecutedEventData executed)
        {
            var command = new LoggedCommand(
                executed.Command.CommandText,
                [.. executed.Command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))],
                NumberOf(executed.Command.Transaction),
                RequestTrace());
            if (_keep(command))
            {
                _commands.Enqueue(command);
            }
        }
    }

    public void OnCompleted()
    {
    }

    /// <summary>Returns the trace id of the ASP.NET Core request activity that encloses the current one, if any.</summary>
    private static string? RequestTrace()
    {
        for (var activity = Activity.Current; activity is not null; activity = activity.Parent)
        {
            if (activity.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn")
            {
                return activity.TraceId.ToHexString();
            }
        }

        return null;
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }

    private long? NumberOf(DbTransaction? transaction) => transaction is null
        ? null
        : (long)_transactionNumbers.GetValue(transaction, _ => Interlocked.Increment(ref _lastTransactionNumber));
}
