using Conexa.Api.Authentication;
using Conexa.Application.ClientArea;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Conexa.Api.Endpoints;

/// <summary>The client area's routes, for customers who signed in with the login made at checkout.</summary>
internal static class ClientAreaEndpoints
{
    public static void MapClientAreaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/client/contracts", GetClientContracts)
            .WithTags("Client area")
            .WithName(nameof(GetClientContracts))
            .WithSummary("Lists the signed-in customer's contracts with their charges (Pix code, boleto line), current quotas and signature status.")
            .RequireAuthorization(Policies.Customer);
    }

    private static async Task<Ok<ClientAreaDto>> GetClientContracts(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetClientContractsQuery(), cancellationToken));
}
