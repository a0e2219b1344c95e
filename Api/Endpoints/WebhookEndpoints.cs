using System.Text.Json;
using Conexa.Application.Payments.HandleEfiNotification;
using Conexa.Application.Payments.HandleInterCallback;
using Conexa.Application.Payments.HandlePixPayment;
using Conexa.Application.Common.Signatures;
using Conexa.Application.Signatures.HandleSignatureCallback;
using Mediator;

namespace Conexa.Api.Endpoints;

/// <summary>Provider callbacks. They only name what changed, so each handler reads the provider's state back before acting.</summary>
internal static partial class WebhookEndpoints
{
    public static void MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webhooks").WithTags("Provider callbacks").RequireRateLimiting(Security.RateLimitingOptions.WebhookPolicy);

        group.MapPost("/efi", ReceiveEfiNotification)
            .WithName(nameof(ReceiveEfiNotification))
            .Produces(StatusCodes.Status200OK)
            .WithSummary("EFI Charges callback: a form or JSON body with the charge's notification token. The tenant query value, set in the notification URL sent with each charge, picks the EFI account that reads the token back.")
            .Accepts<EfiNotificationBody>("application/x-www-form-urlencoded", "application/json")
            .DisableAntiforgery()
            .ProducesValidationProblem();

        group.MapPost("/d4sign", ReceiveD4SignCallback)
            .WithName(nameof(ReceiveD4SignCallback))
            .Produces(StatusCodes.Status200OK)
            .WithSummary("D4Sign callback: form data with uuid, type_post, message and email, signed in the Content-Hmac header.")
            .Accepts<D4SignCallbackForm>("application/x-www-form-urlencoded", "multipart/form-data")
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/inter", ReceiveInterCallback)
            .WithName(nameof(ReceiveInterCallback))
            .Produces(StatusCodes.Status200OK)
            .WithSummary("Banco Inter boleto callback: a JSON array of boletos whose state changed; each is read back from Inter.")
            .ProducesValidationProblem();

        group.MapPost("/efi/pix", ReceiveEfiPix)
            .WithName(nameof(ReceiveEfiPix))
            .Produces(StatusCodes.Status200OK)
            .WithSummary("EFI Pix callback (EFI appends /pix to the registered URL).")
            .ProducesValidationProblem();
    }

    private static async Task<IResult> ReceiveEfiNotification(HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        string? token;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException exception)
            {
                // The form reader rejects bodies such as a value that decodes to NUL (%00).
                throw new BadHttpRequestException("The callback form is not valid form data.", StatusCodes.Status400BadRequest, exception);
            }

            token = form["notification"].ToString();
        }
        else
        {
            // Routing returns 415 for other content types, but passes a request without Content-Type through.
            if (!request.HasJsonContentType())
            {
                throw new BadHttpRequestException("Send the callback as a form or as JSON.", StatusCodes.Status415UnsupportedMediaType);
            }

            try
            {
                var body = await request.ReadFromJsonAsync<EfiNotificationBody>(cancellationToken);
                token = body?.Notification;
            }
            catch (JsonException exception)
            {
                throw new BadHttpRequestException("The callback body is not the expected JSON.", StatusCodes.Status400BadRequest, exception);
            }
        }

        // An absent or malformed tenant reads the token with the host account, as before tenants had their own.
        var tenantId = Guid.TryParse(request.Query["tenant"].ToString(), out var parsed) ? parsed : (Guid?)null;
        await sender.Send(new HandleEfiNotificationCommand(token, tenantId), cancellationToken);
        return TypedResults.Ok();
    }

    /// <summary>
    /// Checks the Content-Hmac header, with the secret of the tenant that owns the document, before acting on
    /// the callback. A forgery gets 401 and a warning that names the document and the sender's address, never
    /// the header or the secret.
    /// </summary>
    private static async Task<IResult> ReceiveD4SignCallback(
        HttpRequest request,
        ISignatureCallbackVerifier verifier,
        ISender sender,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new BadHttpRequestException("Send the callback as form data.", StatusCodes.Status415UnsupportedMediaType);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            throw new BadHttpRequestException("The callback form is not valid form data.", StatusCodes.Status400BadRequest, exception);
        }

        var uuid = form["uuid"].ToString();
        if (!await verifier.IsAuthenticAsync(uuid, request.Headers["Content-Hmac"].ToString(), cancellationToken))
        {
            LogForgedD4SignCallback(loggers.CreateLogger("Conexa.Api.Endpoints.WebhookEndpoints"), uuid.Length > 64 ? uuid[..64] : uuid, request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return TypedResults.Problem(
                "A assinatura Content-Hmac do retorno da D4Sign é inválida ou está ausente.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Retorno não autenticado",
                type: "/problems/invalid-callback-signature");
        }

        var outcome = await sender.Send(
            new HandleSignatureCallbackCommand(uuid, form["type_post"].ToString(), form["email"].ToString() is { Length: > 0 } email ? email : null),
            cancellationToken);
        return TypedResults.Ok(new { outcome });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a D4Sign callback for document {DocumentId} from {RemoteAddress}: the Content-Hmac signature is invalid or missing")]
    private static partial void LogForgedD4SignCallback(ILogger logger, string documentId, string remoteAddress);

    private static async Task<IResult> ReceiveInterCallback(IReadOnlyList<InterCallbackItem?>? items, ISender sender, CancellationToken cancellationToken)
    {
        var ids = items?.Select(item => item?.CodigoSolicitacao ?? string.Empty).ToList() ?? [];
        await sender.Send(new HandleInterCallbackCommand(ids), cancellationToken);
        return TypedResults.Ok();
    }

    private static async Task<IResult> ReceiveEfiPix(EfiPixCallback? callback, ISender sender, CancellationToken cancellationToken)
    {
        // A null item is malformed, so it becomes an empty txid, which fails validation. An item without a
        // txid is a payment received on the key outside any charge, and the handler skips it.
        var txids = callback?.Pix?.Select(p => p is null ? string.Empty : p.Txid).ToList() ?? [];
        await sender.Send(new HandlePixPaymentCommand(txids), cancellationToken);
        return TypedResults.Ok();
    }
}

/// <summary>D4Sign's callback fields, sent as form data. The e-mail is set only for per-signer events.</summary>
public sealed record D4SignCallbackForm(
    [property: System.Text.Json.Serialization.JsonPropertyName("uuid")] string Uuid,
    [property: System.Text.Json.Serialization.JsonPropertyName("type_post")] string TypePost,
    [property: System.Text.Json.Serialization.JsonPropertyName("message")] string? Message,
    [property: System.Text.Json.Serialization.JsonPropertyName("email")] string? Email);

/// <summary>EFI's charge callback: only a token, whose history is then read back.</summary>
public sealed record EfiNotificationBody(string? Notification);

/// <summary>EFI's Pix callback; only the txids are used, every payment is confirmed with EFI.</summary>
public sealed record EfiPixCallback(IReadOnlyList<EfiPixCallbackItem?>? Pix);

public sealed record EfiPixCallbackItem(string? EndToEndId, string? Txid, JsonElement? Valor);

/// <summary>One item of Inter's boleto callback array. Only codigoSolicitacao is used, because the rest is read back from Inter.</summary>
public sealed record InterCallbackItem(string? CodigoSolicitacao, string? SeuNumero, string? Situacao);
