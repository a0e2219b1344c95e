using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Payments.Efi;

/// <summary>Points the account's Pix key at our webhook; EFI appends "/pix" to the URL on each delivery.</summary>
public sealed class EfiPixWebhookRegistrar
{
    private readonly IEfiPixApi _pix;
    private readonly IOptions<EfiOptions> _options;

    internal EfiPixWebhookRegistrar(IEfiPixApi pix, IOptions<EfiOptions> options)
    {
        _pix = pix;
        _options = options;
    }

    public Task RegisterAsync(Uri publicBaseUrl, CancellationToken cancellationToken) =>
        _pix.RegisterWebhookAsync(
            _options.Value.PixKey,
            new EfiPixWebhook(new Uri(publicBaseUrl, "api/webhooks/efi").ToString()),
            cancellationToken);
}
