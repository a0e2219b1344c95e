using Microsoft.Extensions.Caching.Memory;

namespace Conexa.Api.Security;

/// <summary>
/// Counts failed sign-ins per e-mail and client address, and blocks that pair for a while after
/// <see cref="FailuresPerAddress"/> of them. Blocking the pair rather than the account means that someone who
/// types a user's e-mail with wrong passwords cannot lock the user out. The account still locks, through ASP.NET
/// Core Identity, after <see cref="FailuresPerAccount"/> failures from any addresses.
/// <para>
/// An attempt takes its place in the count before the password is checked, so requests sent all at once cannot
/// each pass the check before any failure is counted. Attempts on one account also take turns, because Identity
/// counts a failure by reading and saving the account, and failures checked at the same time overwrote each other.
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
    private readonly Lock _counting = new();

    private readonly SemaphoreSlim[] _turns = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>
    /// Counts an attempt from <paramref name="address"/> on <paramref name="email"/> and returns true, or returns false
    /// without counting it when the pair already used its attempts. The caller calls <see cref="Forget"/> when the
    /// password was right; otherwise the attempt stays counted as a failure.
    /// </summary>
    public bool TryCountAttempt(string email, string? address)
    {
        Attempts attempts;

        // MemoryCache may run the factory for each of several requests that miss at once and keep only one counter.
        lock (_counting)
        {
            attempts = cache.GetOrCreate(Key(email, address), entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = BlockTime;
                return new Attempts();
            })!;
        }

        while (true)
        {
            var counted = Volatile.Read(ref attempts.Count);
            if (counted >= FailuresPerAddress)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref attempts.Count, counted + 1, counted) == counted)
            {
                return true;
            }
        }
    }

    public void Forget(string email, string? address) => cache.Remove(Key(email, address));

    /// <summary>Waits for the account's turn; disposing the result gives the turn to the next attempt.</summary>
    public async Task<IDisposable> TakeTurnAsync(string email, CancellationToken cancellationToken)
    {
        var turn = _turns[(Normalized(email).GetHashCode(StringComparison.Ordinal) & int.MaxValue) % _turns.Length];
        await turn.WaitAsync(cancellationToken);
        return new Turn(turn);
    }

    private static string Key(string email, string? address) => $"login-failures:{Normalized(email)}|{address}";

    /// <summary>
    /// Returns the e-mail as Identity's UpperInvariantLookupNormalizer finds the account: normalized to Unicode form C and
    /// upper-cased, so that a look-alike such as the Kelvin sign (U+212A) for "K" counts as the same e-mail.
    /// </summary>
    private static string Normalized(string email) => email.Trim().Normalize().ToUpperInvariant();

    private sealed class Attempts
    {
        public int Count;
    }

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private SemaphoreSlim? _turn = turn;

        public void Dispose() => Interlocked.Exchange(ref _turn, null)?.Release();
    }
}
