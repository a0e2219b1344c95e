using Conexa.Api.Authentication;
using Conexa.Application.Tenants.AcceptOnlineContractingOffer;
using Conexa.Application.Tenants.EnableUnlimitedFiles;
using Conexa.Application.Tenants.GetStorage;
using Conexa.Application.Tenants.GetReadiness;
using Conexa.Application.Tenants.GetTenant;
using Conexa.Application.Tenants.SetSignatureSending;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Conexa.Api.Endpoints;

/// <summary>The caller's tenant and its optional modules; open to every tier.</summary>
internal static class TenantEndpoints
{
    public static void MapTenantEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tenant").WithTags("Tenant").RequireAuthorization(Policies.Staff);

        group.MapGet("/", GetTenant)
            .WithName(nameof(GetTenant))
            .WithSummary("Returns the caller's tenant, its tier and whether the online contracting offer is open.");

        group.MapGet("/readiness", GetReadiness)
            .WithName(nameof(GetReadiness))
            .WithSummary("Lists what the plan links need to take checkouts (tier, active plan, payment integration, notification e-mail, signature), each ok or missing with the admin screen that fixes it.");

        group.MapPost("/online-contracting-offer", AcceptOnlineContractingOffer)
            .WithName(nameof(AcceptOnlineContractingOffer))
            .WithSummary("Accepts the online contracting offer (\"Quero esta oferta\"): a LIGHT tenant becomes PRO; the change is audited.")
            .RequireAuthorization(Policies.Admin);

        group.MapGet("/storage", GetStorage)
            .WithName(nameof(GetStorage))
            .WithSummary("Returns the bytes that checkout attachments use against the tenant's storage quota; quotaBytes is null with the \"unlimited files\" module.");

        group.MapPost("/unlimited-files", EnableUnlimitedFiles)
            .WithName(nameof(EnableUnlimitedFiles))
            .WithSummary("Switches on the \"Arquivos ilimitados\" module, which lifts the storage quota of attachments; the change is audited.")
            .RequireAuthorization(Policies.Admin);

        group.MapPut("/signature-sending", SetSignatureSending)
            .WithName(nameof(SetSignatureSending))
            .WithSummary("Turns on or off sending each new contract to D4Sign for e-signature right after contracting; the change is audited.")
            .RequireAuthorization(Policies.Admin)
            .ProducesValidationProblem();
    }

    private static async Task<Ok<TenantDto>> GetTenant(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetTenantQuery(), cancellationToken));

    private static async Task<Ok<TenantDto>> SetSignatureSending(SignatureSendingRequest? request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SetSignatureSendingCommand(request?.SendsContractsForSignature), cancellationToken));

    private static async Task<Ok<ReadinessDto>> GetReadiness(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetReadinessQuery(), cancellationToken));

    private static async Task<Ok<StorageDto>> GetStorage(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetStorageQuery(), cancellationToken));

    private static async Task<Ok<StorageDto>> EnableUnlimitedFiles(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new EnableUnlimitedFilesCommand(), cancellationToken));

    private static async Task<Ok<TenantDto>> AcceptOnlineContractingOffer(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new AcceptOnlineContractingOfferCommand(), cancellationToken));
}

/// <summary>Whether new contracts are sent for e-signature right after contracting.</summary>
public sealed record SignatureSendingRequest(bool? SendsContractsForSignature);
