using Microsoft.Extensions.Caching.Memory;

namespace Conexa.Api.Security;

/// <summary>
/// Counts failed sign-ins per e-mail and client address, and blocks that pair for a while after
/// <see cref="FailuresPerAddress"/> of them. Blocking the pair rather than the account means that someone who
/// types a user's e-mail with wrong passwords cannot lock the user out. The account still locks, through ASP.NET
/// Core Identity, after <see cref="FailuresPerAccount"/> failures from any addresses.
/// <para>
/// Attempts on one account take turns (<see cref="TakeTurnAsync"/>), and the caller checks and counts within its turn.
/// Requests sent all at once therefore see each other's failures, and Identity, which counts a failure by reading and
/// saving the account, no longer loses failures checked at the same moment. Right passwords sent at once all succeed.
/// </para>
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

    /// <summary>
    /// The turns that attempts on one account take. An e-mail maps to one of a fixed set, so addresses that an attacker
    /// makes up do not grow the memory, and two accounts rarely share a turn.
    /// </summary>
    private readonly SemaphoreSlim[] _turns = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Waits for the account's turn; disposing the result gives the turn to the next attempt.</summary>
    public async Task<IDisposable> TakeTurnAsync(string email, CancellationToken cancellationToken)
    {
        var turn = _turns[(Normalized(email).GetHashCode(StringComparison.Ordinal) & int.MaxValue) % _turns.Length];
        await turn.WaitAsync(cancellationToken);
        return new Turn(turn);
    }

    /// <summary>Tells whether the pair used its failures; call it within the account's turn.</summary>
    public bool IsBlocked(string email, string? address) =>
        cache.TryGetValue(Key(email, address), out Failures? failures) && failures!.Count >= FailuresPerAddress;

    /// <summary>Counts a failed sign-in of the pair; call it within the account's turn.</summary>
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

    private static string Key(string email, string? address) => $"login-failures:{Normalized(email)}|{address}";

    /// <summary>
    /// Returns the e-mail as Identity's UpperInvariantLookupNormalizer finds the account: normalized to Unicode form C and
    /// upper-cased, so that a look-alike such as the Kelvin sign (U+212A) for "K" counts as the same e-mail.
    /// </summary>
    private static string Normalized(string email) => email.Trim().Normalize().ToUpperInvariant();

    private sealed class Failures
    {
        public int Count;
    }

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private SemaphoreSlim? _turn = turn;

        public void Dispose() => Interlocked.Exchange(ref _turn, null)?.Release();
    }
}
