using Conexa.Api.Authentication;
using Conexa.Application.Dashboard;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Conexa.Api.Endpoints;

internal static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dashboard/contracts-per-day", GetContractsPerDay)
            .WithTags("Dashboard")
            .WithName(nameof(GetContractsPerDay))
            .WithSummary("Counts the contracts started on each of the last days (days, 30 by default) in the tenant's time zone, by origin and by payment method.")
            .RequireAuthorization(Policies.Staff)
            .AddEndpointFilter<OnlineContractingFeatureFilter>()
            .ProducesValidationProblem();
    }

    private static async Task<Ok<ContractsPerDayDto>> GetContractsPerDay(int? days, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetContractsPerDayQuery(days ?? 30), cancellationToken));
}
