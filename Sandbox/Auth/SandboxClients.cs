using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Auth;

/// <summary>
/// The accounts whose client credentials the token endpoints accept: the one of <see cref="EfiSandboxOptions"/>
/// and any added with <see cref="EfiSandbox.AddClient"/>. Each charge belongs to the account that created it.
/// </summary>
internal sealed class SandboxClients
{
    private readonly ConcurrentDictionary<string, (string Secret, string PixKey)> accounts = new(StringComparer.Ordinal);

    public SandboxClients(IOptions<EfiSandboxOptions> options)
    {
        accounts[options.Value.ClientId] = (options.Value.ClientSecret, options.Value.PixKey);
    }

    public void Add(string clientId, string clientSecret, string pixKey) => accounts[clientId] = (clientSecret, pixKey);

    /// <summary>Returns whether the pair is an account's, comparing the secret in constant time.</summary>
    public bool IsValid(string clientId, string clientSecret) =>
        accounts.TryGetValue(clientId, out var account)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(account.Secret));

    /// <summary>Returns whether any account has this Pix key.</summary>
    // NOTE: EFI accepts only the authenticated account's own keys; the sandbox accepts any account's key.
    public bool HasPixKey(string pixKey) => accounts.Values.Any(a => string.Equals(a.PixKey, pixKey, StringComparison.Ordinal));
}
