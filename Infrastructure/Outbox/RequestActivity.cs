namespace Conexa.Infrastructure.Outbox;

/// <summary>
/// Counts the HTTP requests this instance is serving and when the last one started or ended, so background work
/// can wait for a pause in the traffic. The API's first middleware calls <see cref="Begin"/> and <see cref="End"/>.
/// </summary>
public sealed class RequestActivity(TimeProvider clock)
{
    private int _inFlight;
    private long _lastChange = long.MinValue;

    public void Begin()
    {
        Interlocked.Increment(ref _inFlight);
        Volatile.Write(ref _lastChange, clock.GetTimestamp());
    }

    public void End()
    {
        Volatile.Write(ref _lastChange, clock.GetTimestamp());
        Interlocked.Decrement(ref _inFlight);
    }

    /// <summary>Returns whether a request is being served or one started or ended less than <paramref name="quietPeriod"/> ago.</summary>
    public bool IsServing(TimeSpan quietPeriod)
    {
        if (Volatile.Read(ref _inFlight) > 0)
        {
            return true;
        }

        var lastChange = Volatile.Read(ref _lastChange);
        return lastChange != long.MinValue && clock.GetElapsedTime(lastChange) < quietPeriod;
    }
}
