using System.Globalization;
using System.Net;
using System.Text;
using Conexa.Sandbox.Control;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Conexa.Sandbox.Inter;

/// <summary>
/// The Inter sandbox's control page and triggers, on its plain-HTTP control port so a browser without the
/// client certificate can use them. GET /sandbox lists the boletos; POST /sandbox/inter/{codigoSolicitacao}/{action}
/// with action pay, pay-pix, overdue, expire, cancel or fail-issue changes one. A form post redirects back to
/// the page with 303; any other POST gets 200 with the new situacao, 404 for an unknown id, or 409 when the
/// current situacao forbids the change.
/// </summary>
internal static class InterControlEndpoints
{
    private static readonly (string Action, string Label)[] Actions =
    [
        ("pay", "Pagar (boleto)"),
        ("pay-pix", "Pagar (Pix)"),
        ("overdue", "Vencer"),
        ("expire", "Baixar (expirar)"),
        ("cancel", "Cancelar"),
    ];

    public static void Map(IEndpointRouteBuilder routes)
    {
        var sandbox = routes.MapGroup("/sandbox");
        sandbox.MapGet("/", (InterChargeStore store) => Results.Content(Render(store.Snapshot()), "text/html; charset=utf-8"));
        sandbox.MapPost("/inter/{codigoSolicitacao}/{action}", ApplyFromRequest);
    }

    /// <summary>Applies a control action and returns null when the action name is unknown.</summary>
    public static InterTransition? Apply(InterChargeStore store, string codigoSolicitacao, string action) => action switch
    {
        "pay" => store.Pay(codigoSolicitacao, "BOLETO"),
        "pay-pix" => store.Pay(codigoSolicitacao, "PIX"),
        "overdue" => store.MarkOverdue(codigoSolicitacao),
        "expire" => store.Expire(codigoSolicitacao),
        "cancel" => store.Cancel(codigoSolicitacao, "Cancelada na página do sandbox"),
        "fail-issue" => store.FailIssue(codigoSolicitacao),
        _ => null,
    };

    private static IResult ApplyFromRequest(string codigoSolicitacao, string action, HttpRequest request, InterChargeStore store) =>
        Apply(store, codigoSolicitacao, action) switch
        {
            null => Results.NotFound(new { error = $"Ação desconhecida: {action}." }),
            InterTransition.Done when request.HasFormContentType => new SeeOtherResult("/sandbox"),
            InterTransition.Done => Results.Ok(new { situacao = store.Situacao(codigoSolicitacao) }),
            InterTransition.NotFound => Results.NotFound(new { error = $"Cobrança {codigoSolicitacao} não encontrada." }),
            _ => Results.Conflict(new { error = $"A situação {store.Situacao(codigoSolicitacao)} da cobrança {codigoSolicitacao} não permite esta ação." }),
        };

    private static string Render(IReadOnlyList<SandboxInterCharge> charges)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"pt-BR\"><head><meta charset=\"utf-8\">")
            .Append("<title>Sandbox Banco Inter</title></head><body><h1>Sandbox Banco Inter</h1>")
            .Append("<h2>Boletos (Cobrança v3)</h2><table><tr><th>codigoSolicitacao</th><th>seuNumero</th>")
            .Append("<th>valor</th><th>vencimento</th><th>situação</th><th></th></tr>");
        foreach (var charge in charges)
        {
            var id = Uri.EscapeDataString(charge.CodigoSolicitacao);
            html.Append(CultureInfo.InvariantCulture, $"<tr id=\"inter-{Encode(charge.CodigoSolicitacao)}\"><td>{Encode(charge.CodigoSolicitacao)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Encode(charge.SeuNumero)}</td><td>R$ {charge.ValorNominal.ToString("0.00", CultureInfo.InvariantCulture)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{charge.DataVencimento:yyyy-MM-dd}</td><td>{Encode(charge.Situacao)}</td><td>");
            foreach (var (action, label) in Actions)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<form method=\"post\" action=\"/sandbox/inter/{id}/{action}\" style=\"display:inline\"><button type=\"submit\">{Encode(label)}</button></form>");
            }

            html.Append("</td></tr>");
        }

        return html.Append("</table></body></html>").ToString();
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
