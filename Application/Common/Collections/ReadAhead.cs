using System.Collections.Concurrent;

namespace Conexa.Application.Common.Collections;

/// <summary>
/// A sequence that a worker thread reads ahead of the caller in chunks, holding at most a few chunks, so that
/// reading the database and writing a file run side by side on two cores while memory stays bounded. Handing
/// over whole chunks keeps the two threads from meeting on every item. A failure of the worker is rethrown to
/// the caller. Dispose it after use: that stops the worker and waits for it even when the code enumerating the
/// rows failed without disposing its enumerator, so the database reader is closed before the request ends.
/// </summary>
public sealed class ReadAhead<T> : IEnumerable<T>, IDisposable
{
    private const int ChunksAhead = 4;

    private readonly IEnumerable<T> _source;
    private readonly int _chunkSize;
    private readonly CancellationToken _cancellationToken;
    private readonly CancellationTokenSource _stop;
    private readonly BlockingCollection<List<T>> _chunks = new(ChunksAhead);
    private Task? _worker;

    public ReadAhead(IEnumerable<T> source, int chunkSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        _source = source;
        _chunkSize = chunkSize;
        _cancellationToken = cancellationToken;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>Starts the worker and returns the only enumerator; a second enumeration is rejected.</summary>
    public IEnumerator<T> GetEnumerator()
    {
        if (_worker is not null)
        {
            throw new InvalidOperationException("A read-ahead sequence can be enumerated only once.");
        }

        _worker = Task.Run(Fill, CancellationToken.None);
        return Enumerate(_worker);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose()
    {
        Stop();
        _chunks.Dispose();
        _stop.Dispose();
    }

    private IEnumerator<T> Enumerate(Task worker)
    {
        var finished = false;
        try
        {
            foreach (var chunk in _chunks.GetConsumingEnumerable(_cancellationToken))
            {
                foreach (var item in chunk)
                {
                    yield return item;
                }
            }

            finished = true;
        }
        finally
        {
            if (!finished)
            {
                Stop();
            }
        }

        worker.GetAwaiter().GetResult();
    }

    /// <summary>Cancels the worker, unless it has finished, and waits for it without rethrowing its failure.</summary>
    private void Stop()
    {
        if (_worker is null)
        {
            return;
        }

        if (!_worker.IsCompleted)
        {
            _stop.Cancel();
        }

        _worker.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
    }

    private void Fill()
    {
        try
        {
            var chunk = new List<T>(_chunkSize);
            foreach (var item in _source)
            {
                chunk.Add(item);
                if (chunk.Count == _chunkSize)
                {
                    _chunks.Add(chunk, _stop.Token);
                    chunk = new List<T>(_chunkSize);
                }
            }

            if (chunk.Count > 0)
            {
                _chunks.Add(chunk, _stop.Token);
            }
        }
        finally
        {
            _chunks.CompleteAdding();
        }
    }
}
