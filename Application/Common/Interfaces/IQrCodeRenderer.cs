namespace Conexa.Application.Common.Interfaces;

/// <summary>Draws a text as a QR code image.</summary>
public interface IQrCodeRenderer
{
    /// <summary>Returns the PNG bytes of a QR code that encodes <paramref name="text"/>.</summary>
    byte[] Png(string text);
}
