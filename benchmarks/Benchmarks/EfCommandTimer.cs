using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Conexa.Benchmarks;

/// <summary>
/// Counts the SQL commands and transaction commits that EF Core runs in this process while it is alive and
/// adds up their durations,
/// from EF Core's DiagnosticListener events (CommandExecuted). Reading them changes nothing in the product.
/// </summary>
internal sealed class EfCommandTimer : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private long _count;
    private long _ticks;
    private long _commits;
    private long _commitTicks;

    private EfCommandTimer()
    {
    }

    public long Count => Interlocked.Read(ref _count);

    public double Seconds => TimeSpan.FromTicks(Interlocked.Read(ref _ticks)).TotalSeconds;

    public long Commits => Interlocked.Read(ref _commits);

    public double CommitSeconds => TimeSpan.FromTicks(Interlocked.Read(ref _commitTicks)).TotalSeconds;

    public static EfCommandTimer Start()
    {
        var timer = new EfCommandTimer();
        timer._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(timer));
        return timer;
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
            Interlocked.Increment(ref _count);
            Interlocked.Add(ref _ticks, executed.Duration.Ticks);
        }
        else if (value.Value is TransactionEndEventData ended && value.Key == RelationalEventId.TransactionCommitted.Name)
        {
            Interlocked.Increment(ref _commits);
            Interlocked.Add(ref _commitTicks, ended.Duration.Ticks);
        }
    }

    public void OnCompleted()
    {
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
}
