using Conexa.Domain.Common;

namespace Conexa.UnitTests.Common;

public sealed class TimeOrderedIdTests
{
    [Test]
    public void New_IsVersion7()
    {
        Assert.That(TimeOrderedId.New().Version, Is.EqualTo(7));
    }

    [Test]
    public async Task New_LaterIdSortsAfterAsSqliteText()
    {
        var earlier = TimeOrderedId.New();
        await Task.Delay(TimeSpan.FromMilliseconds(5));
        var later = TimeOrderedId.New();

        // EF Core's SQLite provider stores a Guid as upper-case text and SQLite compares text byte by byte.
        var comparison = string.CompareOrdinal(earlier.ToString().ToUpperInvariant(), later.ToString().ToUpperInvariant());

        Assert.That(comparison, Is.Negative);
    }
}
