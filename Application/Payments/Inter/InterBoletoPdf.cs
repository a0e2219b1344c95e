namespace Conexa.Application.Payments.Inter;

/// <summary>
/// The API route that serves an Inter boleto's PDF. Inter returns the file only to a caller with the
/// account's certificate, so the customer's link points at this API, which fetches it.
/// </summary>
public static class InterBoletoPdf
{
    public static string PathFor(Guid chargeId) => $"/api/public/charges/{chargeId}/boleto.pdf";
}
