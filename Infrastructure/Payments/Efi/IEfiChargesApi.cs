using Refit;

namespace Conexa.Infrastructure.Payments.Efi;

/// <summary>EFI's Charges API (card, boleto and the notification history).</summary>
internal interface IEfiChargesApi
{
    [Post("/v1/charge/one-step")]
    Task<EfiEnvelope<EfiChargeData>> CreateOneStepChargeAsync([Body] EfiOneStepChargeRequest request, CancellationToken cancellationToken);

    [Put("/v1/charge/{id}/cancel")]
    Task CancelChargeAsync(long id, CancellationToken cancellationToken);

    [Get("/v1/notification/{token}")]
    Task<EfiEnvelope<List<EfiNotificationEvent>>> GetNotificationAsync(string token, CancellationToken cancellationToken);
}
