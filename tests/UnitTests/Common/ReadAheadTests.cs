using Conexa.Application.Common.Collections;

namespace Conexa.UnitTests.Common;

public sealed class ReadAheadTests
{
    [Test]
    public void Of_YieldsEveryItemInOrder()
    {
        var items = ReadAhead.Of(Enumerable.Range(1, 1_234), chunkSize: 100, CancellationToken.None).ToList();

        Assert.That(items, Is.EqualTo(Enumerable.Range(1, 1_234)));
    }

    [Test]
    public void Of_ReadsOnAnotherThread()
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

        _ = ReadAhead.Of(Source(), chunkSize: 3, CancellationToken.None).ToList();

        Assert.That(readingThreads, Does.Not.Contain(Environment.CurrentManagedThreadId));
    }

    [Test]
    public void Of_SourceFails_Rethrows()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new InvalidOperationException("database reader failed");
        }

        var seen = new List<int>();
        var failure = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var item in ReadAhead.Of(Source(), chunkSize: 1, CancellationToken.None))
            {
                seen.Add(item);
            }
        });

        Assert.That(failure!.Message, Is.EqualTo("database reader failed"));
        Assert.That(seen, Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void Of_LeftEarly_ClosesSource()
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

        foreach (var item in ReadAhead.Of(Source(), chunkSize: 10, CancellationToken.None))
        {
            if (item == 25)
            {
                break;
            }
        }

        Assert.That(sourceClosed, Is.True);
    }

    [Test]
    public void Of_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var enumerator = ReadAhead.Of(Enumerable.Range(0, 100_000), chunkSize: 10, cancellation.Token).GetEnumerator();
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
}
