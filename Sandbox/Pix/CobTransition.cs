namespace Conexa.Sandbox.Pix;

/// <summary>
/// Outcome of a status change requested on a cob.
/// </summary>
internal enum CobTransition
{
    Done,
    NotFound,
    NotActive,
    Expired,
}
