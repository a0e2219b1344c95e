using System.Security.Cryptography;
using System.Text;
using Conexa.Application.Common.Signatures;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Signatures.D4Sign;

/// <summary>
/// Checks D4Sign's Content-Hmac header: "sha256=" followed by the hex HMAC-SHA256 of the document UUID, keyed
/// with the account's Secret Key MAC. The HMAC covers only the UUID, so it proves the sender and not the
/// content. That is why the handler reads the document's state back from D4Sign before acting.
/// </summary>
public sealed class D4SignCallbackVerifier(IOptions<D4SignOptions> options) : ISignatureCallbackVerifier
{
    private const string Prefix = "sha256=";

    public bool IsAuthentic(string documentId, string? signatureHeader)
    {
        var secret = options.Value.HmacSecret;
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(documentId) || signatureHeader is null
            || !signatureHeader.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] received;
        try
        {
            received = Convert.FromHexString(signatureHeader.AsSpan(Prefix.Length).Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(documentId));
        return CryptographicOperations.FixedTimeEquals(expected, received);
    }
}
