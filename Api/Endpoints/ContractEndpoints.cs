using System.Text.Json.Serialization;
using Conexa.Api.Authentication;
using Conexa.Application.Attachments.GetContractAttachment;
using Conexa.Application.Billing;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Contracts.CancelContract;
using Conexa.Application.Contracts.ExportContracts;
using Conexa.Application.Contracts.GetContract;
using Conexa.Application.Contracts.GetContractDocument;
using Conexa.Application.Contracts.ListContracts;
using Conexa.Application.Contracts.PreviewTermination;
using Conexa.Application.Contracts.RecordManualPayment;
using Conexa.Application.Contracts.TerminateContract;
using Conexa.Application.Signatures.SendSignatureRequest;
using Conexa.Application.Signatures.Shared;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Conexa.Api.Endpoints;

/// <summary>The operator's contract routes; every query is scoped to the caller's tenant.</summary>
internal static class ContractEndpoints
{
    public static void MapContractEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/contracts")
            .WithTags("Contracts")
            .RequireAuthorization(Policies.Staff)
            .AddEndpointFilter<OnlineContractingFeatureFilter>();

        group.MapGet("/", ListContracts)
            .WithName(nameof(ListContracts))
            .WithSummary("Lists the contracts that match the filters, one page at a time (page from 1, pageSize up to 100, sort such as -startDate).")
            .ProducesValidationProblem();

        group.MapGet("/export", ExportContracts)
            .WithName(nameof(ExportContracts))
            .WithSummary("Downloads every contract that matches the filters as a pt-BR spreadsheet (format=xlsx) or PDF (format=pdf).")
            .Produces(StatusCodes.Status200OK, contentType: ContractExport.XlsxContentType)
            .Produces(StatusCodes.Status200OK, contentType: ContractExport.PdfContentType)
            .ProducesValidationProblem();

        group.MapGet("/{contractId:guid}", GetContract)
            .WithName(nameof(GetContract))
            .WithSummary("Returns a contract with its charges, quotas and credits.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{contractId:guid}/document", GetContractDocument)
            .WithName(nameof(GetContractDocument))
            .WithSummary("Downloads the contract's PDF, rendered from the plan's template at contracting.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{contractId:guid}/attachments/{attachmentId:guid}", GetContractAttachment)
            .WithName(nameof(GetContractAttachment))
            .WithSummary("Downloads a file that the customer sent with the contract's checkout, with its detected media type.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{contractId:guid}/signature-requests", SendSignatureRequest)
            .WithName(nameof(SendSignatureRequest))
            .WithSummary("Sends the contract to D4Sign for e-signature, or reminds its signers when it was sent and is unsigned.")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/{contractId:guid}/termination-preview", PreviewTermination)
            .WithName(nameof(PreviewTermination))
            .WithSummary("Itemises the pro-rata of terminating the contract with endDate (YYYY-MM-DD) as its last day of service.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{contractId:guid}/termination", TerminateContract)
            .WithName(nameof(TerminateContract))
            .WithSummary("Terminates the contract: replaces the period's open charge by the pro-rata, or credits a paid one, bills the full periods not billed yet before it, and cancels later charges.")
            .RequireAuthorization(Policies.Admin)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{contractId:guid}/cancellation", CancelContract)
            .WithName(nameof(CancelContract))
            .WithSummary("Cancels a contracting that awaits its first payment: cancels its open charges (also at the provider) and charges nothing; the customer is e-mailed. An optional { \"reason\" } goes to the history. Returns the contract.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{contractId:guid}/charges/{chargeId:guid}/manual-payment", RecordManualPayment)
            .WithName(nameof(RecordManualPayment))
            .WithSummary("Records a charge paid outside the providers (cash, transfer) on paidOn (YYYY-MM-DD, today when left out), with an optional note for the history. Withdraws its Pix code or boleto, activates or resumes the contract as a payment does, and returns the contract.")
            .RequireAuthorization(Policies.Admin)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        app.MapPost("/api/billing-runs", RunBilling)
            .WithTags("Billing")
            .WithName(nameof(RunBilling))
            .WithSummary("Runs the billing job now for the caller's tenant; it also runs by itself every hour.")
            .RequireAuthorization(Policies.Admin)
            .AddEndpointFilter<OnlineContractingFeatureFilter>();
    }

    private static async Task<Ok<ContractListPage>> ListContracts([AsParameters] ListContractsQuery query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    /// <summary>Sends the headers, then writes the file while the rows are read from the database.</summary>
    private static async Task<PushStreamHttpResult> ExportContracts([AsParameters] ExportContractsQuery query, ISender sender, CancellationToken cancellationToken)
    {
        var export = await sender.Send(query, cancellationToken);
        return TypedResults.Stream(body => export.WriteAsync(body, cancellationToken), export.ContentType, export.FileName);
    }

    private static async Task<Ok<ContractDto>> GetContract(Guid contractId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetContractQuery(contractId), cancellationToken));

    private static async Task<FileContentHttpResult> GetContractDocument(Guid contractId, ISender sender, CancellationToken cancellationToken)
    {
        var document = await sender.Send(new GetContractDocumentQuery(contractId), cancellationToken);
        return TypedResults.File(document.Content, "application/pdf", document.FileName);
    }

    /// <summary>Sends the file as a download (Content-Disposition: attachment), never for the browser to open inline.</summary>
    private static async Task<FileContentHttpResult> GetContractAttachment(Guid contractId, Guid attachmentId, ISender sender, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new GetContractAttachmentQuery(contractId, attachmentId), cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<SignatureRequestDto>> SendSignatureRequest(Guid contractId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SendSignatureRequestCommand(contractId), cancellationToken));

    private static async Task<Ok<TerminationPreviewDto>> PreviewTermination(Guid contractId, string? endDate, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new PreviewTerminationQuery(contractId, IsoDateQuery.Parse("endDate", endDate)), cancellationToken));

    private static async Task<Ok<TerminationPreviewDto>> TerminateContract(Guid contractId, TerminationRequest? request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new TerminateContractCommand(contractId, request?.EndDate), cancellationToken));

    private static async Task<Ok<ContractDto>> CancelContract(Guid contractId, CancellationRequest? request, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new CancelContractCommand(contractId, request?.Reason), cancellationToken);
        return TypedResults.Ok(await sender.Send(new GetContractQuery(contractId), cancellationToken));
    }

    private static async Task<Ok<ContractDto>> RecordManualPayment(Guid contractId, Guid chargeId, ManualPaymentRequest? request, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RecordManualPaymentCommand(contractId, chargeId, request?.PaidOn, request?.Note), cancellationToken);
        return TypedResults.Ok(await sender.Send(new GetContractQuery(contractId), cancellationToken));
    }

    private static async Task<Ok<BillingRunResult>> RunBilling(BillingRunner runner, ICurrentUser user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await runner.RunAsync(cancellationToken, user.TenantId));
}

/// <summary>Why the operator cancels a contracting, kept in its history. Optional, up to 500 characters.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CancellationRequest(string? Reason);

/// <summary>The last day of service of a termination.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record TerminationRequest(DateOnly? EndDate);

/// <summary>A payment the unit received outside the providers: the day it arrived (today when null) and a note for the history.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ManualPaymentRequest(DateOnly? PaidOn, string? Note);
