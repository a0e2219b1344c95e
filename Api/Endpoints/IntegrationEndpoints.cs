using Conexa.Api.Authentication;
using Conexa.Application.Integrations.DeleteIntegration;
using Conexa.Application.Integrations.GetIntegrations;
using Conexa.Application.Integrations.SaveIntegration;
using Conexa.Application.Integrations.Shared;
using Conexa.Application.Integrations.TestIntegration;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Conexa.Api.Endpoints;

/// <summary>
/// The caller's tenant's own provider accounts (EFI, Banco Inter, D4Sign): staff may read them, only admins
/// change or test them. Each provider has literal routes, so no route takes a value that could name another
/// tenant's record. Secrets are accepted on PUT and never returned.
/// </summary>
internal static class IntegrationEndpoints
{
    public static void MapIntegrationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/integrations").WithTags("Integrations").RequireAuthorization(Policies.Staff);

        group.MapGet("/", GetIntegrations)
            .WithName(nameof(GetIntegrations))
            .WithSummary("Lists EFI, Banco Inter and D4Sign: whose account each uses (tenant, host or none), the methods offered and enabled, the masked client id and the last connection test. Never returns secrets.");

        group.MapPut("/efi", SaveEfi)
            .WithName(nameof(SaveEfi))
            .WithSummary("Stores the tenant's own EFI account, encrypted: client id and secret, Pix key, the .p12 certificate in base64 with its password, and the methods offered (pix, card, boleto). Clears the last test.")
            .RequireAuthorization(Policies.Admin)
            .ProducesValidationProblem();

        group.MapPut("/inter", SaveInter)
            .WithName(nameof(SaveInter))
            .WithSummary("Stores the tenant's own Banco Inter integration, encrypted: client id and secret, the certificate (.pfx in base64, or .crt and .key in PEM) and the account number. Clears the last test.")
            .RequireAuthorization(Policies.Admin)
            .ProducesValidationProblem();

        group.MapPut("/d4sign", SaveD4Sign)
            .WithName(nameof(SaveD4Sign))
            .WithSummary("Stores the tenant's own D4Sign account, encrypted: tokenAPI, cryptKey, the Secret Key MAC of its callbacks and, optionally, the safe. Clears the last test.")
            .RequireAuthorization(Policies.Admin)
            .ProducesValidationProblem();

        foreach (var provider in IntegrationProviders.All)
        {
            var code = provider.Code();
            var name = provider.ToString();
            group.MapPost($"/{code}/test", (ISender sender, CancellationToken cancellationToken) => Test(provider, sender, cancellationToken))
                .WithName($"Test{name}")
                .WithSummary($"Tests the tenant's own {provider.DisplayName()} account over HTTP and records the outcome: ok, or the provider's reason in pt-BR. 404 when the tenant stored none.")
                .RequireAuthorization(Policies.Admin)
                .ProducesProblem(StatusCodes.Status404NotFound);

            group.MapDelete($"/{code}", (ISender sender, CancellationToken cancellationToken) => Delete(provider, sender, cancellationToken))
                .WithName($"Delete{name}")
                .WithSummary($"Removes the tenant's own {provider.DisplayName()} account; the host configuration, if any, applies again. 404 when the tenant stored none.")
                .RequireAuthorization(Policies.Admin)
                .ProducesProblem(StatusCodes.Status404NotFound);
        }
    }

    private static async Task<Ok<IntegrationListDto>> GetIntegrations(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetIntegrationsQuery(), cancellationToken));

    private static async Task<Ok<IntegrationDto>> SaveEfi(SaveEfiCredentialsCommand? command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command ?? new SaveEfiCredentialsCommand(null, null, null, null, null, null), cancellationToken));

    private static async Task<Ok<IntegrationDto>> SaveInter(SaveInterCredentialsCommand? command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command ?? new SaveInterCredentialsCommand(null, null, null, null, null, null, null), cancellationToken));

    private static async Task<Ok<IntegrationDto>> SaveD4Sign(SaveD4SignCredentialsCommand? command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command ?? new SaveD4SignCredentialsCommand(null, null, null, null), cancellationToken));

    private static async Task<Ok<IntegrationDto>> Test(IntegrationProvider provider, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new TestIntegrationCommand(provider), cancellationToken));

    private static async Task<NoContent> Delete(IntegrationProvider provider, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteIntegrationCommand(provider), cancellationToken);
        return TypedResults.NoContent();
    }
}
