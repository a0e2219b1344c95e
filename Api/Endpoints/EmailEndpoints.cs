using Conexa.Api.Authentication;
using Conexa.Application.Emails.GetEmails;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Conexa.Api.Endpoints;

internal static class EmailEndpoints
{
    public static void MapEmailEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/emails", GetEmails)
            .WithTags("E-mails")
            .WithName(nameof(GetEmails))
            .WithSummary("Lists the tenant's e-mail history, newest first, with each message's status and body: the limit (1 to 500, default 100) most recent, or those whose recipient or subject contains search.")
            .RequireAuthorization(Policies.Staff);
    }

    private static async Task<Ok<IReadOnlyList<EmailDto>>> GetEmails(int? limit, string? search, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetEmailsQuery(limit ?? 100, search), cancellationToken));
}
