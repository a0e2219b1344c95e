using Conexa.Application.Common.Interfaces;
using QRCoder;

namespace Conexa.Infrastructure.Payments;

/// <summary>
/// Draws QR codes as PNG images with QRCoder, at medium error correction. A sandbox Pix code comes out 285
/// pixels wide. Drawing one took 1 to 3 ms of CPU on the 2-core benchmark machine, most of it in
/// QRCoder's scoring of the eight mask patterns, so a checkout does not draw it and the result page requests it.
/// </summary>
internal sealed class QrCodePngRenderer : IQrCodeRenderer
{
    private const int PixelsPerModule = 5;

    public byte[] Png(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(PixelsPerModule);
    }
}
