using QRCoder;

namespace Conexa.Sandbox.Hosting;

/// <summary>
/// Renders QR codes as PNG data URIs.
/// </summary>
internal static class QrCodeImage
{
    private const int PixelsPerModule = 5;

    public static string ToPngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return "data:image/png;base64," + Convert.ToBase64String(png.GetGraphic(PixelsPerModule));
    }
}
