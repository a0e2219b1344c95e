using System.Globalization;
using System.Net;
using System.Text;
using Conexa.Sandbox.Hosting;

namespace Conexa.Sandbox.Control;

/// <summary>
/// HTML page at /sandbox that lists cobs and charges, with a "Pagar" button for each.
/// </summary>
internal static class SandboxPage
{
    public static string Render(IReadOnlyList<SandboxCharge> charges, IReadOnlyList<SandboxPixCob> cobs, EfiSandboxOptions options, SandboxCertificates? certificates)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"pt-BR\"><head><meta charset=\"utf-8\">")
            .Append("<title>Sandbox EFI</title></head><body><h1>Sandbox EFI</h1>");
        AppendAccount(html, options, certificates);
        AppendCobs(html, cobs);
        AppendCharges(html, charges);
        return html.Append("</body></html>").ToString();
    }

    /// <summary>Lists the sandbox account, so an admin can store it under Configurações &gt; Integrações and test it.</summary>
    private static void AppendAccount(StringBuilder html, EfiSandboxOptions options, SandboxCertificates? certificates)
    {
        html.Append("<h2>Conta do sandbox</h2><dl>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Client_Id</dt><dd>{WebUtility.HtmlEncode(options.ClientId)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Client_Secret</dt><dd>{WebUtility.HtmlEncode(options.ClientSecret)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Chave Pix</dt><dd>{WebUtility.HtmlEncode(options.PixKey)}</dd>");
        if (certificates is not null)
        {
            html.Append("<dt>Certificado (.p12)</dt><dd><a href=\"/sandbox/account-certificate.p12\">conta-efi-sandbox.p12</a></dd>")
                .Append(CultureInfo.InvariantCulture, $"<dt>Senha do certificado</dt><dd>{WebUtility.HtmlEncode(certificates.ClientPfxPassword)}</dd>");
        }

        html.Append("</dl>");
    }

    private static void AppendCobs(StringBuilder html, IReadOnlyList<SandboxPixCob> cobs)
    {
        html.Append("<h2>Cobranças Pix</h2><table><tr><th>txid</th><th>valor</th><th>status</th><th></th></tr>");
        foreach (var cob in cobs)
        {
            html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td><a href=\"/sandbox/loc/{cob.LocId}\">{Encode(cob.Txid)}</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td>R$ {Encode(cob.ValorOriginal)}</td><td>{Encode(cob.Status)}</td>")
                .Append(CultureInfo.InvariantCulture,
                    $"<td>{PayButton($"/sandbox/pix/{Uri.EscapeDataString(cob.Txid)}/pay")}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendCharges(StringBuilder html, IReadOnlyList<SandboxCharge> charges)
    {
        html.Append("<h2>Cobranças (API Cobranças)</h2><table><tr><th>charge_id</th><th>custom_id</th>")
            .Append("<th>pagamento</th><th>total</th><th>status</th><th></th></tr>");
        foreach (var charge in charges)
        {
            var total = (charge.Total / 100m).ToString("0.00", CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture,
                    $"<tr id=\"charge-{charge.ChargeId}\"><td>{charge.ChargeId}</td><td>{Encode(charge.CustomId)}</td>")
                .Append(CultureInfo.InvariantCulture,
                    $"<td>{Encode(charge.Payment)}</td><td>R$ {total}</td><td>{Encode(charge.Status)}</td>")
                .Append(CultureInfo.InvariantCulture,
                    $"<td>{PayButton($"/sandbox/charges/{charge.ChargeId}/pay")}</td></tr>");
        }

        html.Append("</table>");
    }

    /// <summary>Returns a form that POSTs to <paramref name="action"/> with a "Pagar" button.</summary>
    public static string PayButton(string action) =>
        $"<form method=\"post\" action=\"{Encode(action)}\"><button type=\"submit\">Pagar</button></form>";

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
