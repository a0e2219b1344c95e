using Conexa.Application.Common.Signatures;

namespace Conexa.Infrastructure.Signatures.D4Sign;

/// <summary>Stands in for D4Sign when no D4Sign:TokenApi is configured. Callers check IsConfigured first.</summary>
internal sealed class DisabledSignatureProvider : ISignatureProvider
{
    public string Name => D4SignSignatureProvider.ProviderName;

    public bool IsConfigured => false;

    public Task<string> UploadAsync(string fileName, byte[] pdf, CancellationToken cancellationToken) => throw NotConfigured();

    public Task RegisterWebhookAsync(string documentId, CancellationToken cancellationToken) => throw NotConfigured();

    public Task<IReadOnlyDictionary<string, string>> AddSignersAsync(string documentId, IReadOnlyList<string> emails, CancellationToken cancellationToken) =>
        throw NotConfigured();

    public Task SendToSignersAsync(string documentId, string message, CancellationToken cancellationToken) => throw NotConfigured();

    public Task ResendAsync(string documentId, string email, string signerKey, CancellationToken cancellationToken) => throw NotConfigured();

    public Task<SignatureDocumentState> GetStateAsync(string documentId, CancellationToken cancellationToken) => throw NotConfigured();

    private static InvalidOperationException NotConfigured() =>
        new("D4Sign is not configured; set D4Sign:TokenApi, D4Sign:CryptKey and D4Sign:HmacSecret.");
}
