using System.Text.Json.Serialization;
using Conexa.Api.Security;
using Conexa.Infrastructure.Identity;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

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

        app.MapPost("/api/auth/refresh", Refresh)
            .WithTags("Authentication")
            .WithName(nameof(Refresh))
            .WithSummary("Exchanges the refreshToken of a login for a new accessToken and refreshToken, without the password.")
            .Produces<LoginResponseExample>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireRateLimiting(Security.RateLimitingOptions.PublicPolicy);
    }

    /// <summary>
    /// Signs in again from a refresh token that the bearer-token scheme issued and that has not expired. A login
    /// deleted or whose password changed since (its security stamp no longer matches) gets 401, as its access tokens do.
    /// </summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Refresh(
        RefreshRequest request,
        SignInManager<AppUser> signInManager,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken))
        {
            throw new ValidationException([new ValidationFailure("RefreshToken", "Informe o refreshToken recebido no login.")]);
        }

        // NOTE: a refresh token is not single-use. It works again until it expires or the password changes, because
        // the bearer-token scheme keeps no record of the tokens it issued.
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expiresAt
            || clock.GetUtcNow() >= expiresAt
            || await signInManager.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Problem(
                "O refreshToken é inválido, venceu ou é de um acesso que mudou de senha. Entre de novo com POST /api/auth/login.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Sessão expirada");
        }

        signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signInManager.SignInAsync(user, isPersistent: false);
        return TypedResults.Empty;
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

        // Phone keyboards add spaces around an address, and the checkout stores it trimmed.
        request = request with { Email = request.Email!.Trim() };
        var address = context.Connection.RemoteIpAddress?.ToString();
        using var turn = await throttle.TakeTurnAsync(request.Email!, context.RequestAborted);
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

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RefreshRequest(string? RefreshToken);

/// <summary>The shape the bearer-token scheme writes on a successful login.</summary>
public sealed record LoginResponseExample(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
