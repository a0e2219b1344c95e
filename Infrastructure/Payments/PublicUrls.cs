using Conexa.Application.Common.Interfaces;

namespace Conexa.Infrastructure.Payments;

/// <summary>
/// The address at which providers and customers reach this API, known only once the server has started
/// when no PublicBaseUrl is configured.
/// </summary>
public sealed class PublicUrls : IPublicLinks
{
    public Uri? BaseUrl { get; set; }

    public string? EfiNotificationUrl => BaseUrl is null ? null : new Uri(BaseUrl, "api/webhooks/efi").ToString();

    /// <summary>
    /// Returns the EFI Charges notification URL of a tenant's charges. EFI posts only a token to it, so the
    /// tenant in the query picks the EFI account that reads the token back.
    /// </summary>
    public string? EfiNotificationUrlFor(Guid tenantId) => EfiNotificationUrl is null ? null : $"{EfiNotificationUrl}?tenant={tenantId:D}";

    public string? D4SignWebhookUrl => BaseUrl is null ? null : new Uri(BaseUrl, "api/webhooks/d4sign").ToString();

    public string SiteUrl(string relativePath) =>
        BaseUrl is null ? $"/{relativePath}" : new Uri(BaseUrl, relativePath).ToString();

    public string CheckoutUrl(string linkToken) =>
        BaseUrl is null ? $"/checkout/{linkToken}" : new Uri(BaseUrl, $"checkout/{linkToken}").ToString();
}
