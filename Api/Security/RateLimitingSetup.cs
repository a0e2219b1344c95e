using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;

namespace Conexa.Api.Security;

internal static class RateLimitingSetup
{
    /// <summary>
    /// Limits each client address on the public routes, and separately on the provider callbacks, with a fixed
    /// window per minute. A rejected request gets 429 with Retry-After and a problem detail.
    /// </summary>
    public static IServiceCollection AddPublicRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new RateLimitingOptions();

        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RateLimitingOptions.PublicPolicy, context => PerAddressPerMinute(context, options.PublicPermitsPerMinute));
            limiter.AddPolicy(RateLimitingOptions.WebhookPolicy, context => PerAddressPerMinute(context, options.WebhookPermitsPerMinute));

            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await response.WriteAsJsonAsync(
                    new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Type = "/problems/too-many-requests",
                        Title = "Muitas requisições",
                        Detail = $"Aguarde {response.Headers.RetryAfter} segundos e tente novamente.",
                    },
                    options: (System.Text.Json.JsonSerializerOptions?)null,
                    contentType: "application/problem+json",
                    cancellationToken: cancellationToken);
            };
        });
    }

    private static RateLimitPartition<string> PerAddressPerMinute(HttpContext context, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
}
