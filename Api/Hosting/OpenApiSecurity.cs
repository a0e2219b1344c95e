using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Conexa.Api.Hosting;

/// <summary>
/// Marks the operations that require a sign-in with the bearer scheme, so Swagger UI offers "Authorize" and sends
/// the token, and lists their 401 and 403 problems. Routes open to anyone (public pages, callbacks and most sandbox
/// routes) get none.
/// </summary>
internal sealed class OpenApiSecurity : IOperationFilter
{
    public const string SchemeId = "Bearer";

    /// <summary>The bearer scheme of <c>POST /api/auth/login</c>'s accessToken.</summary>
    public static OpenApiSecurityScheme Scheme { get; } = new()
    {
        Type = SecuritySchemeType.Http,
        Scheme = "bearer",
        Description = "The accessToken returned by POST /api/auth/login, sent as Authorization: Bearer <token>. It expires after expiresIn seconds; sign in again for a new one.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, context.Document)] = [] });
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Missing, expired or revoked bearer token (problem details)." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The signed-in user's role or the tenant's tier does not allow this action (problem details)." });
    }
}
