namespace Conexa.Sandbox.Auth;

/// <summary>
/// Token issuer of the Pix API.
/// </summary>
internal sealed class PixTokenIssuer(TimeProvider timeProvider)
{
    // NOTE: EFI does not document the Pix token lifetime, so 3600 seconds is a guess.
    public BearerTokenIssuer Tokens { get; } = new(timeProvider, TimeSpan.FromSeconds(3600));
}
