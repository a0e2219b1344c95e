namespace Conexa.Infrastructure.Integrations;

/// <summary>
/// The provider account of the calls made in the current async flow. Gateways set it around each call, and
/// the HTTP handlers (tokens, mutual TLS, D4Sign credentials) read it, falling back to the host configuration
/// when it is null. It is an AsyncLocal, so concurrent requests of different tenants never see each other's.
/// </summary>
internal static class ProviderAccountScope<TAccount>
    where TAccount : class
{
    private static readonly AsyncLocal<TAccount?> CurrentAccount = new();

    public static TAccount? Current => CurrentAccount.Value;

    /// <summary>Sets the account until the returned scope is disposed, which restores the previous one.</summary>
    public static IDisposable Use(TAccount? account)
    {
        var previous = CurrentAccount.Value;
        CurrentAccount.Value = account;
        return new Restore(previous);
    }

    private sealed class Restore(TAccount? previous) : IDisposable
    {
        public void Dispose() => CurrentAccount.Value = previous;
    }
}
