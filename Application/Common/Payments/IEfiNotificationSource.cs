namespace Conexa.Application.Common.Payments;

/// <summary>
/// Reads EFI's side of a callback: callbacks carry only ids, so their content is always read back, with the
/// EFI account of the tenant (its own, or the host configuration's).
/// </summary>
public interface IEfiNotificationSource
{
    /// <summary>
    /// Returns every event of a charge notification token, in order (GET /v1/notification/:token). A null
    /// <paramref name="tenantId"/> reads with the host account, for notification URLs that name no tenant.
    /// </summary>
    Task<IReadOnlyList<ChargeNotificationEvent>> GetChargeEventsAsync(Guid? tenantId, string token, CancellationToken cancellationToken);

    /// <summary>Returns the state of a card or boleto charge (GET /v1/charge/:id); a null <paramref name="tenantId"/> reads with the host account.</summary>
    Task<EfiChargeState> GetChargeAsync(Guid? tenantId, string providerChargeId, CancellationToken cancellationToken);

    /// <summary>Returns the state of a Pix charge (GET /v2/cob/:txid); a null <paramref name="tenantId"/> reads with the host account.</summary>
    Task<PixChargeState> GetPixChargeAsync(Guid? tenantId, string txid, CancellationToken cancellationToken);
}
