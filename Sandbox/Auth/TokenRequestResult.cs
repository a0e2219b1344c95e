namespace Conexa.Sandbox.Auth;

/// <summary>
/// Outcome of checking a client-credentials token request.
/// </summary>
internal enum TokenRequestResult
{
    Valid,
    InvalidClient,
    InvalidRequest,
    UnsupportedGrantType,
}
