namespace Conexa.Sandbox.Charges;

/// <summary>
/// Charge status values of the EFI Charges API.
/// </summary>
internal static class ChargeStatus
{
    public const string New = "new";
    public const string Waiting = "waiting";
    public const string Approved = "approved";
    public const string Paid = "paid";
    public const string Unpaid = "unpaid";
    public const string Canceled = "canceled";
    public const string Link = "link";

    /// <summary>Returns whether EFI allows cancelling a charge in <paramref name="status"/>.</summary>
    public static bool AllowsCancel(string status) => status is New or Link or Waiting or Unpaid;
}
