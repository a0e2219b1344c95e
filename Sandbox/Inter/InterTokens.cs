using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Inter;

/// <summary>
/// Access tokens of the Inter sandbox: each carries the scopes it was requested with and expires after
/// <see cref="InterSandboxOptions.TokenLifetime"/>.
/// </summary>
internal sealed class InterTokens(IOptions<InterSandboxOptions> options, TimeProvider clock)
{
    public const string ReadScope = "boleto-cobranca.read";
    public const string WriteScope = "boleto-cobranca.write";

    private static readonly HashSet<string> KnownScopes = [ReadScope, WriteScope];
    private readonly ConcurrentDictionary<string, (HashSet<string> Scopes, DateTimeOffset ExpiresAt)> tokens = new();

    public static bool AreKnown(IEnumerable<string> scopes) => scopes.All(KnownScopes.Contains);

    public bool AreValidCredentials(string? clientId, string? clientSecret) =>
        FixedTimeEquals(clientId, options.Value.ClientId) && FixedTimeEquals(clientSecret, options.Value.ClientSecret);

    public (string Token, int ExpiresIn) Issue(IReadOnlyCollection<string> scopes)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        var lifetime = options.Value.TokenLifetime;
        tokens[token] = ([.. scopes], clock.GetUtcNow() + lifetime);
        return (token, (int)lifetime.TotalSeconds);
    }

    /// <summary>Returns the scopes of an unexpired token, or null when the token is unknown or expired.</summary>
    public IReadOnlySet<string>? Scopes(string token) =>
        tokens.TryGetValue(token, out var entry) && entry.ExpiresAt > clock.GetUtcNow() ? entry.Scopes : null;

    private static bool FixedTimeEquals(string? actual, string expected) =>
        actual is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(actual), System.Text.Encoding.UTF8.GetBytes(expected));
}
