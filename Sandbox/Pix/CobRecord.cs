namespace Conexa.Sandbox.Pix;

/// <summary>
/// Mutable state of one cob. <see cref="CobStore"/> reads and writes it only while holding its lock.
/// </summary>
internal sealed class CobRecord(string txid, CobRequest request, long locId, string location, DateTimeOffset createdAt)
{
    public string Txid { get; } = txid;

    public CobRequest Request { get; } = request;

    public long LocId { get; } = locId;

    /// <summary>Payload URL without the scheme, as EFI writes loc.location.</summary>
    public string Location { get; } = location;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public string Status { get; set; } = CobStatus.Active;

    /// <summary>Revision number, 0 at creation and increased by each PATCH.</summary>
    public int Revisao { get; set; }

    public string PixCopiaECola { get; init; } = string.Empty;

    public PixPayment? Payment { get; set; }

    public bool IsExpiredAt(DateTimeOffset now) => now >= CreatedAt.AddSeconds(Request.Expiracao);

    public SandboxPixCob ToSnapshot() =>
        new(Txid, Status, Request.ValorOriginal, LocId, PixCopiaECola, Payment?.EndToEndId, Request.Expiracao);
}
