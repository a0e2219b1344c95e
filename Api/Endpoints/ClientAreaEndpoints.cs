using Conexa.Api.Authentication;
using Conexa.Application.ClientArea;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Conexa.Api.Endpoints;

/// <summary>The client area's routes, and the admin's invitation that gives a customer a client-area login.</summary>
internal static class ClientAreaEndpoints
{
    public static void MapClientAreaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/client/contracts", GetClientContracts)
            .WithTags("Client area")
            .WithName(nameof(GetClientContracts))
            .WithSummary("Lists the signed-in customer's contracts with their charges (Pix code, boleto line), current quotas and signature status.")
            .RequireAuthorization(Policies.Customer);

        app.MapPost("/api/client/password", SetClientPassword)
            .WithTags("Client area")
            .WithName(nameof(SetClientPassword))
            .WithSummary("Sets the client-area password with the email and token of an invitation link; the token works once.")
            .AllowAnonymous()
            .RequireRateLimiting(Security.RateLimitingOptions.PublicPolicy)
            .ProducesValidationProblem();

        app.MapPost("/api/client/password-reset", RequestClientPasswordReset)
            .WithTags("Client area")
            .WithName(nameof(RequestClientPasswordReset))
            .WithSummary("E-mails a one-day link that sets a new client-area password when the e-mail signs in to a client area. The answer is 202 either way, so it does not tell which e-mails have a login.")
            .AllowAnonymous()
            .RequireRateLimiting(Security.RateLimitingOptions.PublicPolicy)
            .Produces(StatusCodes.Status202Accepted)
            .ProducesValidationProblem();

        app.MapPost("/api/customers/{customerId:guid}/client-area-invitation", InviteCustomer)
            .WithTags("Customers")
            .WithName(nameof(InviteCustomer))
            .WithSummary("E-mails the customer a one-day link to set a client-area password, creating the login if the customer has none.")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Accepted> RequestClientPasswordReset(RequestClientPasswordResetCommand command, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(command, cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<NoContent> SetClientPassword(SetClientPasswordCommand command, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(command, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<InvitationDto>> InviteCustomer(Guid customerId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new InviteCustomerCommand(customerId), cancellationToken));

    private static async Task<Ok<ClientAreaDto>> GetClientContracts(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetClientContractsQuery(), cancellationToken));
}
