namespace Conexa.Sandbox.Charges;

/// <summary>
/// Boleto data returned for a banking_billet charge.
/// </summary>
/// <param name="Barcode">Digitable line of the boleto.</param>
/// <param name="Link">Payment page URL, also used for billet_link and pdf.charge.</param>
/// <param name="ExpireAt">Due date, "YYYY-MM-DD".</param>
/// <param name="PixQrcode">BR Code of the boleto's Pix QR ("Bolix").</param>
/// <param name="PixQrcodeImage">PNG data URI of the Pix QR.</param>
internal sealed record BilletDetails(
    string Barcode, string Link, string ExpireAt, string PixQrcode, string PixQrcodeImage);
