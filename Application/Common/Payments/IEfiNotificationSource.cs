namespace Conexa.Application.Common.Payments;

/// <summary>Reads EFI's side of a callback: callbacks carry only ids, so their content is always read back.</summary>
public interface IEfiNotificationSource
{
    /// <summary>Returns every event of a charge notification token, in order (GET /v1/notification/:token).</summary>
    Task<IReadOnlyList<ChargeNotificationEvent>> GetChargeEventsAsync(string token, CancellationToken cancellationToken);

    /// <summary>Returns the state of a card or boleto charge (GET /v1/charge/:id).</summary>
    Task<EfiChargeState> GetChargeAsync(string providerChargeId, CancellationToken cancellationToken);

    /// <summary>Returns the state of a Pix charge (GET /v2/cob/:txid).</summary>
    Task<PixChargeState> GetPixChargeAsync(string txid, CancellationToken cancellationToken);
}
