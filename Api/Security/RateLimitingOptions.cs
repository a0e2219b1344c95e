namespace Conexa.Api.Security;

public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public const string PublicPolicy = "public";

    /// <summary>Requests one client address may make to the public routes per minute.</summary>
    public int PublicPermitsPerMinute { get; set; } = 120;
}
