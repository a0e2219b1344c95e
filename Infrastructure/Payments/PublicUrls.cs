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

    public string? D4SignWebhookUrl => BaseUrl is null ? null : new Uri(BaseUrl, "api/webhooks/d4sign").ToString();

    public string SiteUrl(string relativePath) =>
        BaseUrl is null ? $"/{relativePath}" : new Uri(BaseUrl, relativePath).ToString();

    public string CheckoutUrl(string linkToken) =>
        BaseUrl is null ? $"/checkout/{linkToken}" : new Uri(BaseUrl, $"checkout/{linkToken}").ToString();
}
