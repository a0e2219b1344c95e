using Refit;

namespace Conexa.Infrastructure.Payments.Efi;

/// <summary>EFI's Pix API: immediate charges (cob) with our own txid, QR codes and the webhook.</summary>
internal interface IEfiPixApi
{
    [Put("/v2/cob/{txid}")]
    Task<EfiPixCob> CreateCobAsync(string txid, [Body] EfiPixCobRequest request, CancellationToken cancellationToken);

    [Get("/v2/cob/{txid}")]
    Task<EfiPixCob> GetCobAsync(string txid, CancellationToken cancellationToken);

    [Patch("/v2/cob/{txid}")]
    Task<EfiPixCob> UpdateCobAsync(string txid, [Body] EfiPixStatusUpdate request, CancellationToken cancellationToken);

    [Get("/v2/loc/{id}/qrcode")]
    Task<EfiPixQrCode> GetQrCodeAsync(long id, CancellationToken cancellationToken);

    [Put("/v2/webhook/{key}")]
    Task RegisterWebhookAsync(string key, [Body] EfiPixWebhook request, CancellationToken cancellationToken);
}
