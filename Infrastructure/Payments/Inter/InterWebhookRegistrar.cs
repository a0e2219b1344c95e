namespace Conexa.Infrastructure.Payments.Inter;

/// <summary>Points the account's boleto webhook at this API. Inter keeps one URL per account and API.</summary>
public sealed class InterWebhookRegistrar
{
    private readonly IInterCobrancaApi api;

    internal InterWebhookRegistrar(IInterCobrancaApi api) => this.api = api;

    public Task RegisterAsync(Uri publicBaseUrl, CancellationToken cancellationToken) =>
        api.RegisterWebhookAsync(new InterWebhookRequest(new Uri(publicBaseUrl, "api/webhooks/inter").ToString()), cancellationToken);
}
