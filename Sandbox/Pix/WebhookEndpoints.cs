using System.Text.Json.Nodes;
using Conexa.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Pix;

/// <summary>
/// Routes of Pix webhook registration: PUT, GET and DELETE /v2/webhook/{chave}.
/// </summary>
/// <remarks>
/// Unlike EFI, the sandbox accepts http URLs and does not call the URL at registration, because tests listen on
/// plain HTTP on 127.0.0.1.
/// </remarks>
internal static class WebhookEndpoints
{
    public static void Map(IEndpointRouteBuilder v2)
    {
        v2.MapPut("/webhook/{chave}", RegisterAsync);
        v2.MapGet("/webhook/{chave}", Get);
        v2.MapDelete("/webhook/{chave}", Delete);
    }

    private static async Task<IResult> RegisterAsync(
        string chave, HttpRequest request, WebhookRegistry registry, TimeProvider timeProvider,
        IOptions<EfiSandboxOptions> options)
    {
        if (!string.Equals(chave, options.Value.PixKey, StringComparison.Ordinal))
        {
            return PixErrors.BadRequest("chave_invalida", "A chave informada não pertence a esta conta.");
        }

        var body = await JsonFields.ReadObjectAsync(request.Body, request.HttpContext.RequestAborted);
        var text = body is null ? null : JsonFields.String(body, "webhookUrl");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return PixErrors.BadRequest("webhook_invalido", "O campo webhookUrl deve ser uma URL http ou https.");
        }

        registry.Register(new WebhookRegistration(url, chave, timeProvider.GetUtcNow()));
        return Results.Json(new JsonObject { ["webhookUrl"] = text }, statusCode: StatusCodes.Status201Created);
    }

    private static IResult Get(string chave, WebhookRegistry registry)
    {
        if (registry.Find(chave) is not { } registration)
        {
            return WebhookNotFound(chave);
        }

        return Results.Json(new JsonObject
        {
            ["webhookUrl"] = registration.WebhookUrl.OriginalString,
            ["chave"] = registration.Chave,
            ["criacao"] = SandboxClock.FormatPixTime(registration.Criacao),
        });
    }

    private static IResult Delete(string chave, WebhookRegistry registry) =>
        registry.Remove(chave) ? Results.NoContent() : WebhookNotFound(chave);

    private static IResult WebhookNotFound(string chave) =>
        PixErrors.Body(StatusCodes.Status404NotFound, "webhook_nao_encontrado",
            $"Nenhum webhook registrado para a chave {chave}.");
}
