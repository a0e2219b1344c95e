namespace Conexa.Application.Common.Payments;

/// <summary>A Pix charge as EFI reports it; <see cref="IsPaid"/> is true when its status is CONCLUIDA.</summary>
public sealed record PixChargeState(string Txid, string Status, DateTimeOffset? PaidAt)
{
    public bool IsPaid => Status == "CONCLUIDA";
}
