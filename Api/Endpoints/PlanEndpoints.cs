using Conexa.Api.Authentication;
using Conexa.Application.Plans.GetPlans;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Conexa.Api.Endpoints;

/// <summary>The operator's plan routes; every query is scoped to the caller's tenant.</summary>
internal static class PlanEndpoints
{
    public static void MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/plans", GetPlans)
            .WithTags("Plans")
            .WithName(nameof(GetPlans))
            .WithSummary("Lists the tenant's plans with their public checkout path and warnings, such as boleto with immediate access.")
            .RequireAuthorization(Policies.Staff)
            .AddEndpointFilter<OnlineContractingFeatureFilter>();
    }

    private static async Task<Ok<IReadOnlyList<PlanSummaryDto>>> GetPlans(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPlansQuery(), cancellationToken));
}
