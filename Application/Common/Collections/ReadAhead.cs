using System.Collections.Concurrent;

namespace Conexa.Application.Common.Collections;

/// <summary>
/// Enumerates a sequence that a worker thread reads ahead of the caller in chunks, holding at most a few
/// chunks, so that reading the database and writing the file run side by side on two cores while memory
/// stays bounded. Handing over whole chunks keeps the two threads from meeting on every item. Leaving the
/// enumeration early stops the worker and waits for it, so the database reader is closed before the
/// request's scope ends. A failure of the worker is rethrown to the caller.
/// </summary>
public static class ReadAhead
{
    private const int ChunksAhead = 4;

    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int chunkSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        return Enumerate(source, chunkSize, cancellationToken);
    }

    private static IEnumerable<T> Enumerate<T>(IEnumerable<T> source, int chunkSize, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var chunks = new BlockingCollection<List<T>>(ChunksAhead);
        var worker = Task.Run(() => Fill(source, chunkSize, chunks, stop.Token), CancellationToken.None);

        var finished = false;
        try
        {
            foreach (var chunk in chunks.GetConsumingEnumerable(cancellationToken))
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
                stop.Cancel();
            }

            worker.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        }

        worker.GetAwaiter().GetResult();
    }

    private static void Fill<T>(IEnumerable<T> source, int chunkSize, BlockingCollection<List<T>> chunks, CancellationToken cancellationToken)
    {
        try
        {
            var chunk = new List<T>(chunkSize);
            foreach (var item in source)
            {
                chunk.Add(item);
                if (chunk.Count == chunkSize)
                {
                    chunks.Add(chunk, cancellationToken);
                    chunk = new List<T>(chunkSize);
                }
            }

            if (chunk.Count > 0)
            {
                chunks.Add(chunk, cancellationToken);
            }
        }
        finally
        {
            chunks.CompleteAdding();
        }
    }
}
