namespace Conexa.Infrastructure.Signatures.D4Sign;

/// <summary>D4Sign account credentials and host. The integration is on when <see cref="TokenApi"/> is set.</summary>
public sealed class D4SignOptions
{
    public const string SectionName = "D4Sign";

    /// <summary>API base, including /api/v1/. Production has legal validity, and https://sandbox.d4sign.com.br/api/v1/ has none.</summary>
    public Uri BaseUrl { get; set; } = new("https://secure.d4sign.com.br/api/v1/");

    public string TokenApi { get; set; } = string.Empty;

    public string CryptKey { get; set; } = string.Empty;

    /// <summary>The account's "Secret Key MAC", which signs each callback's Content-Hmac header.</summary>
    public string HmacSecret { get; set; } = string.Empty;

    /// <summary>The safe (cofre) that receives the contracts. When empty, the account's first safe is used.</summary>
    public string? SafeUuid { get; set; }

    /// <summary>Timeout of each HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of a call including its retries. It must be longer than <see cref="AttemptTimeout"/>.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TokenApi);
}
