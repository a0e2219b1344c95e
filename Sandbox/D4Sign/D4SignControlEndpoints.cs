using System.Net;
using System.Text;
using Conexa.Sandbox.Control;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Conexa.Sandbox.D4Sign;

/// <summary>
/// Routes under /sandbox that are not part of D4Sign's API and need no credentials: the page that lists
/// documents and the triggers that sign, cancel or bounce one. A trigger posted from the page's form
/// redirects to /sandbox with 303; any other POST gets 200, 404 for an unknown document or 409.
/// </summary>
internal static class D4SignControlEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var sandbox = routes.MapGroup("/sandbox");
        sandbox.MapGet("/", (D4SignDocumentStore store) => Results.Content(RenderPage(store.Snapshot()), "text/html; charset=utf-8"));
        sandbox.MapPost("/documents/{uuid}/sign", Sign);
        sandbox.MapPost("/documents/{uuid}/cancel", Cancel);
        sandbox.MapPost("/documents/{uuid}/bounce", Bounce);
    }

    /// <summary>Signs as the signer in the "email" query or form field, or as every signer when it is absent.</summary>
    private static async Task<IResult> Sign(string uuid, HttpRequest request, D4SignDocumentStore store, D4SignCallbackSender callbacks)
    {
        var email = await EmailOfAsync(request);
        var queued = new List<D4SignCallback>();
        var result = store.Sign(uuid, email, queued);
        callbacks.Enqueue(queued);
        return Outcome(request, uuid, result, "O documento não está aguardando assinaturas ou o signatário já assinou.");
    }

    private static IResult Cancel(string uuid, HttpRequest request, D4SignDocumentStore store, D4SignCallbackSender callbacks)
    {
        var queued = new List<D4SignCallback>();
        var result = store.Cancel(uuid, queued);
        callbacks.Enqueue(queued);
        return Outcome(request, uuid, result, "O documento já foi finalizado ou cancelado.");
    }

    private static async Task<IResult> Bounce(string uuid, HttpRequest request, D4SignDocumentStore store, D4SignCallbackSender callbacks)
    {
        var email = await EmailOfAsync(request);
        if (email is null)
        {
            return Results.BadRequest(new { message = "Informe o email do signatário." });
        }

        var queued = new List<D4SignCallback>();
        var result = store.Bounce(uuid, email, queued);
        callbacks.Enqueue(queued);
        return Outcome(request, uuid, result, "Signatário não encontrado neste documento.");
    }

    private static async Task<string?> EmailOfAsync(HttpRequest request)
    {
        string? email = request.Query["email"];
        if (string.IsNullOrWhiteSpace(email) && request.HasFormContentType)
        {
            email = (await request.ReadFormAsync())["email"];
        }

        return string.IsNullOrWhiteSpace(email) ? null : email.Trim();
    }

    private static IResult Outcome(HttpRequest request, string uuid, D4SignTransition result, string conflict) => result switch
    {
        D4SignTransition.Done => request.HasFormContentType ? new SeeOtherResult("/sandbox") : Results.Ok(new { uuid }),
        D4SignTransition.NotFound => Results.NotFound(new { message = $"Documento {uuid} não encontrado." }),
        _ => Results.Conflict(new { message = conflict }),
    };

    private static string RenderPage(IReadOnlyList<D4SignSandboxDocument> documents)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"pt-BR\"><head><meta charset=\"utf-8\"><title>Sandbox D4Sign</title></head><body>")
            .Append("<h1>Sandbox D4Sign</h1><h2>Documentos</h2>")
            .Append("<table><tr><th>uuid</th><th>nome</th><th>status</th><th>signatários</th><th></th></tr>");
        foreach (var document in documents)
        {
            var signers = string.Join("<br>", document.Signers.Select(s => Encode(s.Email) + (s.Signed ? " (assinou)" : string.Empty)));
            var path = $"/sandbox/documents/{Uri.EscapeDataString(document.Uuid)}";
            html.Append("<tr><td>").Append(Encode(document.Uuid)).Append("</td><td>").Append(Encode(document.Name))
                .Append("</td><td>").Append(Encode($"{document.StatusId} - {D4SignStatus.NameOf(document.StatusId)}"))
                .Append("</td><td>").Append(signers).Append("</td><td>")
                .Append(Button($"{path}/sign", "Assinar (todos)")).Append(Button($"{path}/cancel", "Cancelar"))
                .Append("</td></tr>");
        }

        return html.Append("</table></body></html>").ToString();
    }

    private static string Button(string action, string label) =>
        $"<form method=\"post\" action=\"{Encode(action)}\" style=\"display:inline\">" +
        $"<input type=\"hidden\" name=\"origin\" value=\"page\"><button type=\"submit\">{Encode(label)}</button></form>";

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
