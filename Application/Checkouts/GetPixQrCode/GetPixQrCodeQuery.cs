using Conexa.Domain.Sales;
using Mediator;

namespace Conexa.Application.Checkouts.GetPixQrCode;

/// <summary>
/// The QR code image of a charge's Pix code, drawn when the customer's page shows it rather than when the
/// checkout saves the charge. <paramref name="KnownETag"/> is the browser's If-None-Match, if any.
/// </summary>
public sealed record GetPixQrCodeQuery(Guid ChargeId, string? KnownETag) : IQuery<PixQrCodeImage>
{
    /// <summary>The public route of the image, as the checkout's result links it.</summary>
    public static string PathFor(Guid chargeId) => $"/api/public/charges/{chargeId}/pix-qrcode.png";

    /// <summary>Returns the route of a charge's QR code image, or null while the route does not serve one.</summary>
    public static string? PathOf(Charge charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        return !string.IsNullOrEmpty(charge.PixCopyPaste) && charge.IsPayable ? PathFor(charge.Id) : null;
    }
}

/// <summary>The image's entity tag, and its PNG bytes, or null when the caller already has this image.</summary>
public sealed record PixQrCodeImage(string ETag, byte[]? Png);
