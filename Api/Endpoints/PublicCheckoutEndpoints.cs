using System.Text.Json.Serialization;
using Conexa.Api.Security;
using Conexa.Application.Attachments.Shared;
using Conexa.Application.Attachments.UploadAttachment;
using Conexa.Application.Checkouts.GetBoletoPdf;
using Conexa.Application.Checkouts.GetCheckout;
using Conexa.Application.Checkouts.GetPixQrCode;
using Conexa.Application.Checkouts.GetPlanOffer;
using Conexa.Application.Checkouts.GetPlanTerms;
using Conexa.Application.Checkouts.RetryCheckoutPayment;
using Conexa.Application.Checkouts.Shared;
using Conexa.Application.Checkouts.SubmitCheckout;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Conexa.Api.Endpoints;

/// <summary>The routes behind a plan's public link; no sign-in.</summary>
internal static class PublicCheckoutEndpoints
{
    public static void MapPublicCheckoutEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/public").WithTags("Public checkout").RequireRateLimiting(RateLimitingOptions.PublicPolicy);

        group.MapGet("/plans/{linkToken}", GetPlanOffer)
            .WithName(nameof(GetPlanOffer))
            .WithSummary("Returns a plan's offer and checkout form configuration.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/plans/{linkToken}/terms", GetPlanTerms)
            .WithName(nameof(GetPlanTerms))
            .WithSummary("Returns the contract the customer accepts, with the plan's values filled in and the customer's in brackets.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/plans/{linkToken}/checkouts", SubmitCheckout)
            .WithName(nameof(SubmitCheckout))
            .WithSummary("Contracts the plan: creates customer, contract and first charge, and starts the payment.")
            .WithDescription(
                "Send a unique Idempotency-Key per attempt; replaying it returns the first checkout (200) and creates nothing. "
                + "A card payment sends the token the card form made in payment.cardToken, never the card number. "
                + "With the sandbox providers (Development), payment.cardToken \"sandbox-approved\" is approved and "
                + "\"sandbox-declined\" is refused with a reason, which the retry route can follow.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/plans/{linkToken}/attachments", UploadAttachment)
            .WithName(nameof(UploadAttachment))
            .WithSummary("Uploads one file for the plan's checkout form; send its id in the checkout's attachmentIds.")
            .WithDescription(
                "Send multipart/form-data with the file in the field \"file\". Accepted: PDF, PNG, JPEG and WebP, detected from the content, "
                + "up to Attachments:MaxFileSizeBytes (10 MB by default). The file counts against the tenant's storage quota; "
                + "an upload that no checkout uses expires after 24 hours.")
            .DisableAntiforgery()
            .Produces<AttachmentDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/checkouts/{checkoutId:guid}", GetCheckout)
            .WithName(nameof(GetCheckout))
            .WithSummary("Returns a checkout's contract and payment status, for the customer's page.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/charges/{chargeId:guid}/boleto.pdf", GetBoletoPdf)
            .WithName(nameof(GetBoletoPdf))
            .WithSummary("Returns the PDF of a charge's Inter boleto, fetched from Inter.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/charges/{chargeId:guid}/pix-qrcode.png", GetPixQrCode)
            .WithName(nameof(GetPixQrCode))
            .WithSummary("Returns the QR code image (PNG) of a charge's Pix code while the charge can be paid.")
            .WithDescription("The checkout's payment.pixQrCodeImage links here while the charge awaits payment or is overdue; after that the route answers 404 and the field is null. Send the ETag back in If-None-Match to get 304 when the code is unchanged.")
            .Produces<Stream>(StatusCodes.Status200OK, "image/png")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/checkouts/{checkoutId:guid}/payments", RetryCheckoutPayment)
            .WithName(nameof(RetryCheckoutPayment))
            .WithSummary("Pays a checkout whose payment was declined, or whose boleto the bank closed, with another card, by Pix or with a new boleto (method card, pix or boleto).")
            .WithDescription(
                "A repeated request returns the state the first one left. Another method for a charge that was not declined "
                + "and is still open (a Pix code or boleto already issued) gets 409, and nothing is charged.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Ok<PlanOfferDto>> GetPlanOffer(string linkToken, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPlanOfferQuery(linkToken), cancellationToken));

    private static async Task<Ok<PlanTermsDto>> GetPlanTerms(string linkToken, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPlanTermsQuery(linkToken), cancellationToken));

    private static async Task<Results<Created<CheckoutResultDto>, Ok<CheckoutResultDto>>> SubmitCheckout(
        string linkToken,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        [FromBody] SubmitCheckoutRequest? request,
        ISender sender,
        CancellationToken cancellationToken)
    {
        var command = new SubmitCheckoutCommand(
            linkToken,
            idempotencyKey,
            request?.Customer,
            request?.LinkedPerson,
            request?.Payment,
            request?.AttachmentIds,
            request?.AcceptedTerms ?? false);
        var result = await sender.Send(command, cancellationToken);
        var checkout = result.Checkout;

        return result.Created
            ? TypedResults.Created($"/api/public/checkouts/{checkout.CheckoutId}", checkout)
            : TypedResults.Ok(checkout);
    }

    private static async Task<Created<AttachmentDto>> UploadAttachment(
        string linkToken,
        HttpRequest request,
        ISender sender,
        IOptions<AttachmentOptions> options,
        CancellationToken cancellationToken)
    {
        var (fileName, content) = await AttachmentUploadForm.ReadAsync(request, options.Value.MaxFileSizeBytes, cancellationToken);
        var address = request.HttpContext.Connection.RemoteIpAddress?.ToString();
        var attachment = await sender.Send(new UploadAttachmentCommand(linkToken, fileName, content, address), cancellationToken);
        return TypedResults.Created((string?)null, attachment);
    }

    private static async Task<FileContentHttpResult> GetBoletoPdf(Guid chargeId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.File(await sender.Send(new GetBoletoPdfQuery(chargeId), cancellationToken), "application/pdf", "boleto.pdf");

    private static async Task<IResult> GetPixQrCode(Guid chargeId, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var image = await sender.Send(new GetPixQrCodeQuery(chargeId, context.Request.Headers.IfNoneMatch.ToString()), cancellationToken);
        context.Response.Headers.ETag = image.ETag;
        // Revalidated on every use, so a paid charge's image is not shown from the cache. A 304 draws nothing.
        context.Response.Headers.CacheControl = "private, no-cache";
        return image.Png is null ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.File(image.Png, "image/png");
    }

    private static async Task<Ok<CheckoutResultDto>> GetCheckout(Guid checkoutId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCheckoutQuery(checkoutId), cancellationToken));

    private static async Task<Ok<CheckoutResultDto>> RetryCheckoutPayment(
        Guid checkoutId,
        [FromBody] RetryPaymentRequest? request,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RetryCheckoutPaymentCommand(checkoutId, request?.Method, request?.CardToken), cancellationToken));
}

/// <summary>The body of a checkout submission.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SubmitCheckoutRequest(
    CustomerInput? Customer,
    LinkedPersonInput? LinkedPerson,
    PaymentInput? Payment,
    IReadOnlyList<Guid>? AttachmentIds,
    bool AcceptedTerms);

/// <summary>A new payment attempt: method "card" with a new token, or "pix".</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RetryPaymentRequest(string? Method, string? CardToken);
