using System.Globalization;
using System.Net;
using System.Text.Json;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Signatures;
using Conexa.Infrastructure.Integrations;
using Conexa.Infrastructure.Payments;
using Polly.CircuitBreaker;
using Refit;

namespace Conexa.Infrastructure.Signatures.D4Sign;

/// <summary>
/// D4Sign's side of a contract signature. Only HTTP 200 counts as success, as in D4Sign's own SDK. 5xx, 429,
/// timeouts and transport failures (which Refit 16 wraps in ApiRequestException) become <see cref="ProviderUnavailableException"/>, other errors
/// <see cref="ProviderRejectedException"/> with D4Sign's message. Every call runs with the tenant's own
/// D4Sign account when it stored one, and with the host's otherwise.
/// </summary>
internal sealed class D4SignSignatureProvider(ID4SignApi api, ProviderAccounts accounts, PublicUrls urls) : ISignatureProvider
{
    public const string ProviderName = "D4Sign";

    public string Name => ProviderName;

    public async Task<bool> IsConfiguredAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await accounts.D4SignAsync(tenantId, cancellationToken) is not null;

    public async Task<string> UploadAsync(Guid tenantId, string fileName, byte[] pdf, CancellationToken cancellationToken)
    {
        var account = await AccountAsync(tenantId, cancellationToken);
        using var scope = ProviderAccountScope<D4SignAccount>.Use(account);
        var safe = await SafeUuidAsync(account, cancellationToken);
        var reply = await CallAsync(() => api.UploadAsync(safe, new ByteArrayPart(pdf, fileName, "application/pdf"), cancellationToken));
        return string.IsNullOrWhiteSpace(reply.Uuid)
            ? throw new ProviderRejectedException(ProviderName, "A D4Sign aceitou o envio do contrato mas não devolveu o uuid do documento.")
            : reply.Uuid;
    }

    public async Task RegisterWebhookAsync(Guid tenantId, string documentId, CancellationToken cancellationToken)
    {
        using var scope = ProviderAccountScope<D4SignAccount>.Use(await AccountAsync(tenantId, cancellationToken));
        var url = urls.D4SignWebhookUrl ?? throw new InvalidOperationException("The API's public address is not known yet, so no callback URL can be registered.");
        await CallAsync(() => api.RegisterWebhookAsync(documentId, new D4SignWebhookRequest(url), cancellationToken));
    }

    public async Task<IReadOnlyDictionary<string, string>> AddSignersAsync(Guid tenantId, string documentId, IReadOnlyList<string> emails, CancellationToken cancellationToken)
    {
        using var scope = ProviderAccountScope<D4SignAccount>.Use(await AccountAsync(tenantId, cancellationToken));
        var reply = await CallAsync(() => api.CreateListAsync(documentId, new D4SignSignersRequest(emails.Select(e => new D4SignSigner(e)).ToList()), cancellationToken));
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        CollectSignerKeys(reply, keys);
        return keys;
    }

    public async Task SendToSignersAsync(Guid tenantId, string documentId, string message, CancellationToken cancellationToken)
    {
        using var scope = ProviderAccountScope<D4SignAccount>.Use(await AccountAsync(tenantId, cancellationToken));
        await CallAsync(() => api.SendToSignerAsync(documentId, new D4SignSendRequest(message), cancellationToken));
    }

    public async Task ResendAsync(Guid tenantId, string documentId, string email, string signerKey, CancellationToken cancellationToken)
    {
        using var scope = ProviderAccountScope<D4SignAccount>.Use(await AccountAsync(tenantId, cancellationToken));
        await CallAsync(() => api.ResendAsync(documentId, new D4SignResendRequest(email, signerKey), cancellationToken));
    }

    public async Task CancelAsync(Guid tenantId, string documentId, string comment, CancellationToken cancellationToken)
    {
        using var scope = ProviderAccountScope<D4SignAccount>.Use(await AccountAsync(tenantId, cancellationToken));
        await CallAsync(() => api.CancelAsync(documentId, new D4SignCancelRequest(comment), cancellationToken));
    }

    public async Task<SignatureDocumentState> GetStateAsync(Guid tenantId, string documentId, CancellationToken cancellationToken)
    {
        using var scope = ProviderAccountScope<D4SignAccount>.Use(await AccountAsync(tenantId, cancellationToken));
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

    /// <summary>
    /// Returns the account the calls that follow use (the handler reads it from the scope). Callers check
    /// <see cref="IsConfiguredAsync"/> first, so a missing account is a bug upstream.
    /// </summary>
    private async Task<D4SignAccount> AccountAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await accounts.D4SignAsync(tenantId, cancellationToken)
            ?? throw new InvalidOperationException("D4Sign is not configured for this tenant; store its account or set D4Sign:TokenApi, D4Sign:CryptKey and D4Sign:HmacSecret.");

    private async Task<string> SafeUuidAsync(D4SignAccount account, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(account.SafeUuid))
        {
            return account.SafeUuid;
        }

        var safes = await CallAsync(() => api.ListSafesAsync(cancellationToken));
        return safes.Select(s => s.UuidSafe).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s))
            ?? throw new ProviderRejectedException(ProviderName, "A conta D4Sign não tem nenhum cofre; crie um ou informe o cofre nas credenciais da D4Sign.");
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
