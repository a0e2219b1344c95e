using Conexa.Api.Authentication;
using Conexa.Application.Sandbox.TestClocks;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Conexa.Api.Endpoints;

/// <summary>
/// The caller's tenant's test clock, which lets an operator or integrator watch months of billing in minutes.
/// Mapped only when the sandboxes run; a production host has no such routes.
/// </summary>
internal static class TestClockEndpoints
{
    public static void MapTestClockEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sandbox/test-clock")
            .WithTags("Sandbox")
            .RequireAuthorization(Policies.Admin);

        group.MapGet("/", GetTestClock)
            .WithName(nameof(GetTestClock))
            .WithSummary("Returns the tenant's current instant: the frozen test clock, or the real clock when none is set.");

        group.MapPost("/", SetTestClock)
            .WithName(nameof(SetTestClock))
            .WithSummary("Freezes the tenant's clock at an ISO 8601 instant with offset; everything time-dependent for the tenant reads it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/advance", AdvanceTestClock)
            .WithName(nameof(AdvanceTestClock))
            .WithSummary("Moves the test clock forward day by day, running the billing run, overdue charges and e-mails due on the way.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<TestClockDto>> GetTestClock(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetTestClockQuery(), cancellationToken));

    private static async Task<Ok<TestClockDto>> SetTestClock(SetTestClockRequest? request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SetTestClockCommand(request?.Instant), cancellationToken));

    private static async Task<Ok<TestClockAdvanceDto>> AdvanceTestClock(AdvanceTestClockRequest? request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new AdvanceTestClockCommand(request?.To), cancellationToken));
}

/// <summary>The instant to freeze the tenant's clock at, in ISO 8601 with offset (2027-01-31T15:00:00-03:00).</summary>
public sealed record SetTestClockRequest(string? Instant);

/// <summary>The later instant to move the test clock to, in ISO 8601 with offset.</summary>
public sealed record AdvanceTestClockRequest(string? To);
