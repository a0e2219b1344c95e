namespace Conexa.Api.Security;

public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public const string PublicPolicy = "public";

    public const string WebhookPolicy = "webhooks";

    /// <summary>Requests one client address may make to the public routes per minute.</summary>
    public int PublicPermitsPerMinute { get; set; } = 120;

    /// <summary>
    /// Callbacks one client address may post per minute. Providers send from few addresses in bursts and retry
    /// a 429, so the default is generous; it stops an anonymous caller from making unbounded read-backs.
    /// </summary>
    public int WebhookPermitsPerMinute { get; set; } = 1200;
}
