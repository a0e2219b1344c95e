using System.Text;
using Conexa.Sandbox.Hosting;

namespace Conexa.Sandbox.Control;

/// <summary>
/// HTML page at /sandbox/loc/{id} that shows a cob's QR code and BR Code, with a "Pagar" button.
/// It is the linkVisualizacao of GET /v2/loc/{id}/qrcode.
/// </summary>
internal static class LocPage
{
    public static string Render(SandboxPixCob cob)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"pt-BR\"><head><meta charset=\"utf-8\">")
            .Append("<title>Pix ").Append(SandboxPage.Encode(cob.Txid)).Append("</title></head><body>")
            .Append("<h1>Pix R$ ").Append(SandboxPage.Encode(cob.ValorOriginal)).Append("</h1>")
            .Append("<p>Status: ").Append(SandboxPage.Encode(cob.Status)).Append("</p>")
            .Append("<img alt=\"QR Code Pix\" src=\"").Append(QrCodeImage.ToPngDataUri(cob.PixCopiaECola)).Append("\">")
            .Append("<p><code>").Append(SandboxPage.Encode(cob.PixCopiaECola)).Append("</code></p>")
            .Append(SandboxPage.PayButton($"/sandbox/pix/{Uri.EscapeDataString(cob.Txid)}/pay"))
            .Append("<p><a href=\"/sandbox\">Voltar</a></p></body></html>");
        return html.ToString();
    }
}
