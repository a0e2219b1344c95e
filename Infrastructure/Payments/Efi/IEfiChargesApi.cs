using Refit;

namespace Conexa.Infrastructure.Payments.Efi;

/// <summary>EFI's Charges API (card, boleto and the notification history).</summary>
internal interface IEfiChargesApi
{
    [Post("/v1/charge/one-step")]
    Task<EfiEnvelope<EfiChargeData>> CreateOneStepChargeAsync([Body] EfiOneStepChargeRequest request, CancellationToken cancellationToken);

    [Get("/v1/charge/{id}")]
    Task<EfiEnvelope<EfiChargeData>> GetChargeAsync(long id, CancellationToken cancellationToken);

    /// <summary>Lists charges by type (billet or card), creation dates (YYYY-MM-DD) and customer CPF/CNPJ.</summary>
    [Get("/v1/charges")]
    Task<EfiEnvelope<List<EfiChargeData>>> ListChargesAsync(
        [AliasAs("charge_type")] string chargeType,
        [AliasAs("begin_date")] string beginDate,
        [AliasAs("end_date")] string endDate,
        [AliasAs("customer_document")] string customerDocument,
        CancellationToken cancellationToken);

    [Put("/v1/charge/{id}/cancel")]
    Task CancelChargeAsync(long id, CancellationToken cancellationToken);

    [Get("/v1/notification/{token}")]
    Task<EfiEnvelope<List<EfiNotificationEvent>>> GetNotificationAsync(string token, CancellationToken cancellationToken);
}
