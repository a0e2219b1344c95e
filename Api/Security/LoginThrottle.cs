using Microsoft.Extensions.Caching.Memory;

namespace Conexa.Api.Security;

/// <summary>
/// Counts failed sign-ins per e-mail and client address, and blocks that pair for a while after
/// <see cref="FailuresPerAddress"/> of them. Blocking the pair rather than the account means that someone who
/// types a user's e-mail with wrong passwords cannot lock the user out. The account still locks, through ASP.NET
/// Core Identity, after <see cref="FailuresPerAccount"/> failures from any addresses.
/// </summary>
/// <remarks>NOTE: each API instance counts in its own memory, so with several instances an address gets that many tries per instance.</remarks>
internal sealed class LoginThrottle(IMemoryCache cache)
{
    /// <summary>Failed sign-ins from one address to one e-mail before that pair is blocked.</summary>
    public const int FailuresPerAddress = 5;

    /// <summary>Failed sign-ins to one account, from any addresses, before Identity locks the account.</summary>
    public const int FailuresPerAccount = 50;

    /// <summary>How long a pair stays blocked after its first counted failure.</summary>
    public static readonly TimeSpan BlockTime = TimeSpan.FromMinutes(5);

    public bool IsBlocked(string email, string? address) =>
        cache.TryGetValue(Key(email, address), out Failures? failures) && failures!.Count >= FailuresPerAddress;

    public void RecordFailure(string email, string? address)
    {
        var failures = cache.GetOrCreate(Key(email, address), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = BlockTime;
            return new Failures();
        })!;
        Interlocked.Increment(ref failures.Count);
    }

    public void Forget(string email, string? address) => cache.Remove(Key(email, address));

    private static string Key(string email, string? address) =>
        $"login-failures:{email.Trim().ToUpperInvariant()}|{address}";

    private sealed class Failures
    {
        public int Count;
    }
}
