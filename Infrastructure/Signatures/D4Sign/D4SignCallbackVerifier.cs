using System.Security.Cryptography;
using System.Text;
using Conexa.Application.Common.Signatures;
using Conexa.Infrastructure.Integrations;
using Conexa.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Signatures.D4Sign;

/// <summary>
/// Checks D4Sign's Content-Hmac header with the Secret Key MAC of the account that owns the document. That is
/// the account of the tenant whose signature request has the document (its own, or the host's); a document of
/// no tenant is checked with the host's secret.
/// </summary>
internal sealed class D4SignCallbackVerifier(AppDbContext db, ProviderAccounts accounts, IOptions<D4SignOptions> options)
    : ISignatureCallbackVerifier
{
    public async Task<bool> IsAuthenticAsync(string documentId, string? signatureHeader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(documentId) || string.IsNullOrEmpty(signatureHeader))
        {
            return false;
        }

        var tenantId = await db.SignatureRequests.AsNoTracking()
            .Where(r => r.DocumentId == documentId)
            .Select(r => (Guid?)r.TenantId)
            .FirstOrDefaultAsync(cancellationToken);
        var secret = tenantId is null
            ? options.Value.HmacSecret
            : (await accounts.D4SignAsync(tenantId.Value, cancellationToken))?.HmacSecret;
        return D4SignHmac.IsAuthentic(secret, documentId, signatureHeader);
    }
}

/// <summary>
/// D4Sign's Content-Hmac header: "sha256=" followed by the hex HMAC-SHA256 of the document UUID, keyed with the
/// account's Secret Key MAC. The HMAC covers only the UUID, so it proves the sender and not the content. That
/// is why the handler reads the document's state back from D4Sign before acting.
/// </summary>
public static class D4SignHmac
{
    private const string Prefix = "sha256=";

    /// <summary>Returns whether the header is the HMAC of the document id with the secret, compared in constant time; an empty secret matches nothing.</summary>
    public static bool IsAuthentic(string? secret, string documentId, string? signatureHeader)
    {
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
