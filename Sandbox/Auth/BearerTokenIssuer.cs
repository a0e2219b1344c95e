using System.Collections.Concurrent;
using Conexa.Sandbox.Hosting;

namespace Conexa.Sandbox.Auth;

/// <summary>
/// Issues and checks the bearer tokens of one API. Each API has its own issuer, so a Charges token is rejected by
/// the Pix routes and the other way round.
/// </summary>
internal sealed class BearerTokenIssuer(TimeProvider timeProvider, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> expiryByToken = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => lifetime;

    /// <summary>Issues a new access token and returns it with its expiry time.</summary>
    public (string AccessToken, DateTimeOffset ExpiresAt) Issue()
    {
        var token = RandomTokens.Alphanumeric(40);
        var expiresAt = timeProvider.GetUtcNow() + lifetime;
        expiryByToken[token] = expiresAt;
        return (token, expiresAt);
    }

    /// <summary>Returns whether this issuer issued the token and it has not expired.</summary>
    public bool IsValid(string token) =>
        expiryByToken.TryGetValue(token, out var expiresAt) && timeProvider.GetUtcNow() < expiresAt;
}
