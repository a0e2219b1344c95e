using QRCoder;

namespace Conexa.Infrastructure.Payments;

/// <summary>
/// Draws a Pix code (the "copia e cola" text) as a QR code, a PNG data URI. The provider's QR image encodes
/// the same text, so drawing it here saves one request to the provider per Pix charge.
/// </summary>
internal static class PixQrCode
{
    private const int PixelsPerModule = 5;

    public static string ToPngDataUri(string pixCode)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(pixCode, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return "data:image/png;base64," + Convert.ToBase64String(png.GetGraphic(PixelsPerModule));
    }
}
