using Conexa.Application.Common.Collections;

namespace Conexa.UnitTests.Common;

public sealed class ReadAheadTests
{
    [Test]
    public void Enumerate_YieldsEveryItemInOrder()
    {
        using var readAhead = new ReadAhead<int>(Enumerable.Range(1, 1_234), chunkSize: 100, CancellationToken.None);

        var items = readAhead.ToList();

        Assert.That(items, Is.EqualTo(Enumerable.Range(1, 1_234)));
    }

    [Test]
    public void Enumerate_ReadsOnAnotherThread()
    {
        var readingThreads = new HashSet<int>();
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 10; i++)
            {
                lock (readingThreads)
                {
                    readingThreads.Add(Environment.CurrentManagedThreadId);
                }

                yield return i;
            }
        }

        using (var readAhead = new ReadAhead<int>(Source(), chunkSize: 3, CancellationToken.None))
        {
            _ = readAhead.ToList();
        }

        Assert.That(readingThreads, Does.Not.Contain(Environment.CurrentManagedThreadId));
    }

    [Test]
    public void Enumerate_SourceFails_Rethrows()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new InvalidOperationException("database reader failed");
        }

        var seen = new List<int>();
        using var readAhead = new ReadAhead<int>(Source(), chunkSize: 1, CancellationToken.None);
        var failure = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var item in readAhead)
            {
                seen.Add(item);
            }
        });

        Assert.That(failure!.Message, Is.EqualTo("database reader failed"));
        Assert.That(seen, Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void Enumerate_LeftEarly_ClosesSource()
    {
        var sourceClosed = false;
        IEnumerable<int> Source()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    yield return i;
                }
            }
            finally
            {
                sourceClosed = true;
            }
        }

        using var readAhead = new ReadAhead<int>(Source(), chunkSize: 10, CancellationToken.None);
        foreach (var item in readAhead)
        {
            if (item == 25)
            {
                break;
            }
        }

        Assert.That(sourceClosed, Is.True);
    }

    [Test]
    public void Enumerate_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        using var readAhead = new ReadAhead<int>(Enumerable.Range(0, 100_000), chunkSize: 10, cancellation.Token);
        var enumerator = readAhead.GetEnumerator();
        Assert.That(enumerator.MoveNext(), Is.True);

        cancellation.Cancel();

        Assert.That(() =>
        {
            while (enumerator.MoveNext())
            {
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        enumerator.Dispose();
    }

    [Test]
    public void Dispose_EnumeratorLeftOpen_ClosesSource()
    {
        var sourceClosed = false;
        IEnumerable<int> Source()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    yield return i;
                }
            }
            finally
            {
                sourceClosed = true;
            }
        }

        var readAhead = new ReadAhead<int>(Source(), chunkSize: 10, CancellationToken.None);
        var enumerator = readAhead.GetEnumerator();
        Assert.That(enumerator.MoveNext(), Is.True);

        // A writer that fails may drop the enumerator without disposing it; disposing the sequence still ends the worker.
        readAhead.Dispose();

        Assert.That(sourceClosed, Is.True);
    }

    [Test]
    public void GetEnumerator_Twice_IsRejected()
    {
        using var readAhead = new ReadAhead<int>([1, 2, 3], chunkSize: 2, CancellationToken.None);
        _ = readAhead.ToList();

        Assert.That(() => readAhead.GetEnumerator(), Throws.InvalidOperationException);
    }
}
