namespace Conexa.Sandbox.Charges;

/// <summary>
/// Outcome of a status change requested on a charge.
/// </summary>
internal enum ChargeTransition
{
    Done,
    NotFound,
    ForbiddenByStatus,
}
