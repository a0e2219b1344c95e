using System.Globalization;
using System.Net;
using System.Text.Json;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Signatures;
using Conexa.Infrastructure.Payments;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Refit;

namespace Conexa.Infrastructure.Signatures.D4Sign;

/// <summary>
/// D4Sign's side of a contract signature. Only HTTP 200 counts as success, as in D4Sign's own SDK. 5xx, 429,
/// timeouts and transport failures (which Refit 16 wraps in ApiRequestException) become <see cref="ProviderUnavailableException"/>, other errors
/// <see cref="ProviderRejectedException"/> with D4Sign's message.
/// </summary>
internal sealed class D4SignSignatureProvider(ID4SignApi api, IOptions<D4SignOptions> options, PublicUrls urls) : ISignatureProvider
{
    public const string ProviderName = "D4Sign";

    public string Name => ProviderName;

    public bool IsConfigured => options.Value.IsConfigured;

    public async Task<string> UploadAsync(string fileName, byte[] pdf, CancellationToken cancellationToken)
    {
        var safe = await SafeUuidAsync(cancellationToken);
        var reply = await CallAsync(() => api.UploadAsync(safe, new ByteArrayPart(pdf, fileName, "application/pdf"), cancellationToken));
        return string.IsNullOrWhiteSpace(reply.Uuid)
            ? throw new ProviderRejectedException(ProviderName, "A D4Sign aceitou o envio do contrato mas não devolveu o uuid do documento.")
            : reply.Uuid;
    }

    public async Task RegisterWebhookAsync(string documentId, CancellationToken cancellationToken)
    {
        var url = urls.D4SignWebhookUrl ?? throw new InvalidOperationException("The API's public address is not known yet, so no callback URL can be registered.");
        await CallAsync(() => api.RegisterWebhookAsync(documentId, new D4SignWebhookRequest(url), cancellationToken));
    }

    public async Task<IReadOnlyDictionary<string, string>> AddSignersAsync(string documentId, IReadOnlyList<string> emails, CancellationToken cancellationToken)
    {
        var reply = await CallAsync(() => api.CreateListAsync(documentId, new D4SignSignersRequest(emails.Select(e => new D4SignSigner(e)).ToList()), cancellationToken));
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        CollectSignerKeys(reply, keys);
        return keys;
    }

    public Task SendToSignersAsync(string documentId, string message, CancellationToken cancellationToken) =>
        CallAsync(() => api.SendToSignerAsync(documentId, new D4SignSendRequest(message), cancellationToken));

    public Task ResendAsync(string documentId, string email, string signerKey, CancellationToken cancellationToken) =>
        CallAsync(() => api.ResendAsync(documentId, new D4SignResendRequest(email, signerKey), cancellationToken));

    public async Task<SignatureDocumentState> GetStateAsync(string documentId, CancellationToken cancellationToken)
    {
        var reply = await CallAsync(() => api.GetDocumentAsync(documentId, cancellationToken));
        var document = reply.ValueKind == JsonValueKind.Array && reply.GetArrayLength() > 0 ? reply[0] : reply;
        if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("statusId", out var statusElement))
        {
            throw new ProviderRejectedException(ProviderName, $"A D4Sign respondeu sem statusId para o documento {documentId}.");
        }

        var statusId = statusElement.ValueKind == JsonValueKind.Number
            ? statusElement.GetInt32()
            : int.Parse(statusElement.GetString() ?? "0", NumberStyles.Integer, CultureInfo.InvariantCulture);
        var statusName = document.TryGetProperty("statusName", out var name) ? name.GetString() ?? string.Empty : string.Empty;
        return new SignatureDocumentState(statusId, statusName, D4SignStatuses.OutcomeOf(statusId));
    }

    /// <summary>Finds every object with key_signer and email in the reply, whose exact shape D4Sign does not document.</summary>
    private static void CollectSignerKeys(JsonElement element, Dictionary<string, string> keys)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectSignerKeys(item, keys);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("key_signer", out var key) && element.TryGetProperty("email", out var email)
                && key.ValueKind == JsonValueKind.String && email.ValueKind == JsonValueKind.String)
            {
                keys[email.GetString()!] = key.GetString()!;
            }

            foreach (var property in element.EnumerateObject())
            {
                CollectSignerKeys(property.Value, keys);
            }
        }
    }

    private async Task<string> SafeUuidAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.SafeUuid))
        {
            return options.Value.SafeUuid;
        }

        var safes = await CallAsync(() => api.ListSafesAsync(cancellationToken));
        return safes.Select(s => s.UuidSafe).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s))
            ?? throw new ProviderRejectedException(ProviderName, "A conta D4Sign não tem nenhum cofre; crie um ou informe D4Sign:SafeUuid.");
    }

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException exception) when ((int)exception.StatusCode >= 500 || exception.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var retryAfter = exception.Headers.RetryAfter?.Delta;
            throw new ProviderUnavailableException(ProviderName, $"D4Sign responded with status {(int)exception.StatusCode}.", exception)
            {
                RetryAfter = retryAfter is { } delay && delay > TimeSpan.Zero ? delay : TimeSpan.FromSeconds(30),
            };
        }
        catch (ApiException exception)
        {
            throw new ProviderRejectedException(ProviderName, $"A D4Sign recusou a chamada (status {(int)exception.StatusCode}): {MessageOf(exception.Content)}", exception);
        }
        catch (Exception exception) when (exception is ApiRequestException or HttpRequestException or TimeoutException
            or BrokenCircuitException or Polly.Timeout.TimeoutRejectedException or TaskCanceledException)
        {
            throw new ProviderUnavailableException(ProviderName, "D4Sign could not be reached.", exception);
        }
    }

    private static string MessageOf(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return "sem mensagem";
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("message", out var message)
                ? message.ToString()
                : "sem mensagem";
        }
        catch (JsonException)
        {
            return "resposta não é JSON";
        }
    }
}
