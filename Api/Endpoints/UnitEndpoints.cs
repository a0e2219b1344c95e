using Conexa.Api.Authentication;
using Conexa.Application.Units;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Conexa.Api.Endpoints;

/// <summary>The tenant's units and their notification e-mail; open to every tier, like the other settings.</summary>
internal static class UnitEndpoints
{
    public static void MapUnitEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/units").WithTags("Units").RequireAuthorization(Policies.Staff);

        group.MapGet("/", GetUnits)
            .WithName(nameof(GetUnits))
            .WithSummary("Lists the tenant's units with the address that receives each contracting's notice.");

        group.MapPut("/{unitId:guid}/notification-email", SetUnitNotificationEmail)
            .WithName(nameof(SetUnitNotificationEmail))
            .WithSummary("Sets the unit's notification e-mail; null or blank falls back to the tenant's main e-mail.")
            .RequireAuthorization(Policies.Admin)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<UnitDto>>> GetUnits(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetUnitsQuery(), cancellationToken));

    private static async Task<Ok<UnitDto>> SetUnitNotificationEmail(Guid unitId, SetUnitNotificationEmailCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command with { UnitId = unitId }, cancellationToken));
}
