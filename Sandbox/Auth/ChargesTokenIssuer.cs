namespace Conexa.Sandbox.Auth;

/// <summary>
/// Token issuer of the Charges API. EFI documents a lifetime of 600 seconds.
/// </summary>
internal sealed class ChargesTokenIssuer(TimeProvider timeProvider)
{
    public BearerTokenIssuer Tokens { get; } = new(timeProvider, TimeSpan.FromSeconds(600));
}
