using System.Text.Json.Serialization;
using Conexa.Api.Security;
using Conexa.Infrastructure.Identity;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Conexa.Api.Endpoints;

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", Login)
            .WithTags("Authentication")
            .WithName(nameof(Login))
            .WithSummary("Signs in with e-mail and password and returns a bearer accessToken.")
            .Produces<LoginResponseExample>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireRateLimiting(Security.RateLimitingOptions.PublicPolicy);
    }

    /// <summary>Signs in through the bearer-token scheme, which writes { tokenType, accessToken, expiresIn, refreshToken }.</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(
        LoginRequest request,
        SignInManager<AppUser> signInManager,
        LoginThrottle throttle,
        HttpContext context)
    {
        var missing = new List<ValidationFailure>();
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            missing.Add(new ValidationFailure("Email", "Informe o e-mail de acesso."));
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            missing.Add(new ValidationFailure("Password", "Informe a senha."));
        }

        if (missing.Count > 0)
        {
            throw new ValidationException(missing);
        }

        var address = context.Connection.RemoteIpAddress?.ToString();
        if (throttle.IsBlocked(request.Email!, address))
        {
            return Failed();
        }

        signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signInManager.PasswordSignInAsync(request.Email!, request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            throttle.Forget(request.Email!, address);
            return TypedResults.Empty;
        }

        throttle.RecordFailure(request.Email!, address);
        return Failed();
    }

    /// <summary>
    /// Builds the 401 of a failed sign-in. A blocked address or a locked-out account gets it too, like a wrong
    /// password, so the response never reveals which e-mail addresses have an account.
    /// </summary>
    private static ProblemHttpResult Failed() =>
        TypedResults.Problem(
            "E-mail ou senha incorretos. Após várias tentativas o acesso fica bloqueado por alguns minutos.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Falha no login");
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record LoginRequest(string? Email, string? Password);

/// <summary>The shape the bearer-token scheme writes on a successful login.</summary>
public sealed record LoginResponseExample(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
