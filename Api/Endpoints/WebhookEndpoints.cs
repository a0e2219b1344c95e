using System.Text.Json;
using Conexa.Application.Payments.HandleEfiNotification;
using Conexa.Application.Payments.HandleInterCallback;
using Conexa.Application.Payments.HandlePixPayment;
using Mediator;

namespace Conexa.Api.Endpoints;

/// <summary>Provider callbacks. They only name what changed, so each handler reads the provider's state back before acting.</summary>
internal static class WebhookEndpoints
{
    public static void MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webhooks").WithTags("Provider callbacks");

        group.MapPost("/efi", ReceiveEfiNotification)
            .WithName(nameof(ReceiveEfiNotification))
            .WithSummary("EFI Charges callback: a form or JSON body with the charge's notification token.")
            .Accepts<EfiNotificationBody>("application/x-www-form-urlencoded", "application/json")
            .DisableAntiforgery()
            .ProducesValidationProblem();

        group.MapPost("/inter", ReceiveInterCallback)
            .WithName(nameof(ReceiveInterCallback))
            .WithSummary("Banco Inter boleto callback: a JSON array of boletos whose state changed; each is read back from Inter.")
            .ProducesValidationProblem();

        group.MapPost("/efi/pix", ReceiveEfiPix)
            .WithName(nameof(ReceiveEfiPix))
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

        await sender.Send(new HandleEfiNotificationCommand(token), cancellationToken);
        return TypedResults.Ok();
    }

    private static async Task<IResult> ReceiveInterCallback(IReadOnlyList<InterCallbackItem?>? items, ISender sender, CancellationToken cancellationToken)
    {
        var ids = items?.Select(item => item?.CodigoSolicitacao ?? string.Empty).ToList() ?? [];
        await sender.Send(new HandleInterCallbackCommand(ids), cancellationToken);
        return TypedResults.Ok();
    }

    private static async Task<IResult> ReceiveEfiPix(EfiPixCallback? callback, ISender sender, CancellationToken cancellationToken)
    {
        var txids = callback?.Pix?.Select(p => p?.Txid ?? string.Empty).ToList() ?? [];
        await sender.Send(new HandlePixPaymentCommand(txids), cancellationToken);
        return TypedResults.Ok();
    }
}

/// <summary>EFI's charge callback: only a token, whose history is then read back.</summary>
public sealed record EfiNotificationBody(string? Notification);

/// <summary>EFI's Pix callback; only the txids are used, every payment is confirmed with EFI.</summary>
public sealed record EfiPixCallback(IReadOnlyList<EfiPixCallbackItem?>? Pix);

public sealed record EfiPixCallbackItem(string? EndToEndId, string? Txid, JsonElement? Valor);

/// <summary>One item of Inter's boleto callback array. Only codigoSolicitacao is used, because the rest is read back from Inter.</summary>
public sealed record InterCallbackItem(string? CodigoSolicitacao, string? SeuNumero, string? Situacao);
