using Conexa.Api.Authentication;
using Conexa.Application.Plans.ChangePlanState;
using Conexa.Application.Plans.GetPlan;
using Conexa.Application.Plans.GetPlans;
using Conexa.Application.Plans.SavePlan;
using Conexa.Application.Plans.Shared;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Conexa.Api.Endpoints;

/// <summary>The operator's plan routes; every query is scoped to the caller's tenant.</summary>
internal static class PlanEndpoints
{
    public static void MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plans")
            .WithTags("Plans")
            .RequireAuthorization(Policies.Staff)
            .AddEndpointFilter<OnlineContractingFeatureFilter>();

        group.MapGet("/", GetPlans)
            .WithName(nameof(GetPlans))
            .WithSummary("Lists the tenant's plans with their public checkout link and warnings, such as boleto with immediate access.");

        group.MapGet("/{planId:guid}", GetPlan)
            .WithName(nameof(GetPlan))
            .WithSummary("Returns a plan with its quotas, payment options, checkout form and public checkout URL.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", CreatePlan)
            .WithName(nameof(CreatePlan))
            .WithSummary("Creates a plan with a new public checkout link.")
            .RequireAuthorization(Policies.Admin)
            .ProducesValidationProblem();

        group.MapPut("/{planId:guid}", UpdatePlan)
            .WithName(nameof(UpdatePlan))
            .WithSummary("Replaces the plan's fields; the link and existing contracts stay as they are.")
            .RequireAuthorization(Policies.Admin)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{planId:guid}/deactivation", DeactivatePlan)
            .WithName(nameof(DeactivatePlan))
            .WithSummary("Deactivates the plan: its link stops taking checkouts and answers 404; existing contracts go on.")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{planId:guid}/activation", ActivatePlan)
            .WithName(nameof(ActivatePlan))
            .WithSummary("Activates the plan again, so its link takes checkouts.")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{planId:guid}/link", RegeneratePlanLink)
            .WithName(nameof(RegeneratePlanLink))
            .WithSummary("Gives the plan a new public link; the old link answers 404 from then on.")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<PlanSummaryDto>>> GetPlans(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPlansQuery(), cancellationToken));

    private static async Task<Ok<PlanDto>> GetPlan(Guid planId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPlanQuery(planId), cancellationToken));

    private static async Task<Created<PlanDto>> CreatePlan(CreatePlanCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var plan = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/plans/{plan.Id}", plan);
    }

    private static async Task<Ok<PlanDto>> UpdatePlan(Guid planId, UpdatePlanCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command with { PlanId = planId }, cancellationToken));

    private static async Task<Ok<PlanDto>> DeactivatePlan(Guid planId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new DeactivatePlanCommand(planId), cancellationToken));

    private static async Task<Ok<PlanDto>> ActivatePlan(Guid planId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ActivatePlanCommand(planId), cancellationToken));

    private static async Task<Ok<PlanDto>> RegeneratePlanLink(Guid planId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RegeneratePlanLinkCommand(planId), cancellationToken));
}
