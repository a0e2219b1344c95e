using System.Collections.Concurrent;
using Conexa.Sandbox.Hosting;

namespace Conexa.Sandbox.Auth;

/// <summary>
/// Issues and checks the bearer tokens of one API. Each API has its own issuer, so a Charges token is rejected by
/// the Pix routes and the other way round.
/// </summary>
internal sealed class BearerTokenIssuer(TimeProvider timeProvider, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset ExpiresAt, string ClientId)> tokens = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => lifetime;

    /// <summary>Issues a new access token of a client and returns it with its expiry time.</summary>
    public (string AccessToken, DateTimeOffset ExpiresAt) Issue(string clientId)
    {
        var token = RandomTokens.Alphanumeric(40);
        var expiresAt = timeProvider.GetUtcNow() + lifetime;
        tokens[token] = (expiresAt, clientId);
        return (token, expiresAt);
    }

    /// <summary>Returns the client of a token this issuer issued that has not expired, or null.</summary>
    public string? ClientOf(string token) =>
        tokens.TryGetValue(token, out var issued) && timeProvider.GetUtcNow() < issued.ExpiresAt ? issued.ClientId : null;
}
