using Conexa.Api.Authentication;
using Conexa.Application.Customers.AnonymiseCustomer;
using Conexa.Application.Customers.ExportPersonalData;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Conexa.Api.Endpoints;

/// <summary>Data-subject requests under the LGPD: export and erasure of a customer's personal data.</summary>
internal static class CustomerEndpoints
{
    public static void MapCustomerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/customers").WithTags("Customers").RequireAuthorization(Policies.Admin);

        group.MapGet("/{customerId:guid}/personal-data", ExportPersonalData)
            .WithName(nameof(ExportPersonalData))
            .WithSummary("Exports everything stored about the customer, for a data-access request.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{customerId:guid}/anonymisation", AnonymiseCustomer)
            .WithName(nameof(AnonymiseCustomer))
            .WithSummary("Erases the customer's personal data at their request; contracts and charges keep their amounts and dates.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PersonalDataDto>> ExportPersonalData(Guid customerId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ExportPersonalDataQuery(customerId), cancellationToken));

    private static async Task<NoContent> AnonymiseCustomer(Guid customerId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new AnonymiseCustomerCommand(customerId), cancellationToken);
        return TypedResults.NoContent();
    }
}
