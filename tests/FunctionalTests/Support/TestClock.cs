namespace Conexa.FunctionalTests.Support;

/// <summary>The API's clock in tests: the real time unless a test freezes it at an instant.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset? _frozenAt;

    public void Freeze(DateTimeOffset instant) => _frozenAt = instant;

    public void Reset() => _frozenAt = null;

    public override DateTimeOffset GetUtcNow() => _frozenAt ?? base.GetUtcNow();
}
