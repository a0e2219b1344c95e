using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Conexa.Application.Integrations.Shared;
using Conexa.Infrastructure.Payments.Efi;
using Conexa.Infrastructure.Payments.Inter;
using Conexa.Infrastructure.Signatures.D4Sign;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Integrations;

/// <summary>
/// Tests a tenant's stored account with the cheapest authenticated calls. EFI must issue a token from both
/// the Charges and the Pix OAuth endpoints, Pix over mutual TLS with the account's certificate. Inter must
/// issue a token, over mutual TLS, for each scope the product uses. D4Sign must list the account's safes.
/// The calls go to the hosts of the host configuration (Efi:*BaseUrl, Inter:BaseUrl, D4Sign:BaseUrl).
/// </summary>
internal sealed partial class ConnectionTester(
    IProviderSettingsProtector protector,
    IOptions<EfiOptions> efi,
    IOptions<InterOptions> inter,
    IOptions<D4SignOptions> d4Sign,
    InterCredentials interTrust,
    ILogger<ConnectionTester> logger) : IConnectionTester
{
    private const string Verified = "Conexão verificada.";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public async Task<ConnectionTestResult> TestAsync(ProviderConnection connection, CancellationToken cancellationToken)
    {
        ConnectionTestResult result;
        try
        {
            result = connection.Provider switch
            {
                IntegrationProvider.Efi => await TestEfiAsync(protector.Unprotect<EfiAccountSettings>(connection.ProtectedSettings), cancellationToken),
                IntegrationProvider.Inter => await TestInterAsync(protector.Unprotect<InterAccountSettings>(connection.ProtectedSettings), cancellationToken),
                _ => await TestD4SignAsync(protector.Unprotect<D4SignAccountSettings>(connection.ProtectedSettings), cancellationToken),
            };
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(exception, connection.Provider.Code(), connection.TenantId);
            result = new ConnectionTestResult(false, $"Não foi possível conectar à {connection.Provider.DisplayName()}: {DescribeUnreachable(exception)}");
        }
        catch (CryptographicException exception)
        {
            // The key ring no longer has the key that protected the settings, or the certificate no longer loads.
            LogUnreadable(exception, connection.Provider.Code(), connection.TenantId);
            result = new ConnectionTestResult(false, "As credenciais salvas não puderam ser lidas; salve-as de novo.");
        }

        if (!result.Succeeded)
        {
            LogFailed(connection.Provider.Code(), connection.TenantId);
        }

        return result;
    }

    private async Task<ConnectionTestResult> TestEfiAsync(EfiAccountSettings settings, CancellationToken cancellationToken)
    {
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ClientId}:{settings.ClientSecret}")));
        using (var charges = new HttpClient(new SocketsHttpHandler()) { Timeout = Timeout })
        {
            var failure = await EfiTokenAsync(charges, new Uri(efi.Value.ChargesBaseUrl, "v1/authorize"), basic, "Cobranças", cancellationToken);
            if (failure is not null)
            {
                return failure;
            }
        }

        using var certificate = settings.CertificateBase64 is null
            ? null
            : X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(settings.CertificateBase64), settings.CertificatePassword);
        using var pix = new HttpClient(EfiPixTransport.CreateHandler(certificate, efi.Value.PixTrustedCertificateAuthorityPem)) { Timeout = Timeout };
        return await EfiTokenAsync(pix, new Uri(efi.Value.PixBaseUrl, "oauth/token"), basic, "Pix", cancellationToken)
            ?? new ConnectionTestResult(true, Verified);
    }

    /// <summary>Describes in pt-BR why a provider could not be reached, without the exception's English text.</summary>
    private static string DescribeUnreachable(Exception exception) => exception switch
    {
        TaskCanceledException => "o provedor não respondeu a tempo. Tente de novo em instantes.",
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } =>
            "a conexão segura foi recusada. Confira o certificado da conta (.p12) e a senha dele.",
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } =>
            "o endereço do provedor não respondeu. Tente de novo em instantes.",
        _ => "a conexão caiu antes da resposta. Se o provedor exige certificado da conta (.p12), confira o arquivo e a senha.",
    };

    private static async Task<ConnectionTestResult?> EfiTokenAsync(HttpClient client, Uri tokenUri, AuthenticationHeaderValue basic, string api, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenUri) { Content = JsonContent.Create(new { grant_type = "client_credentials" }) };
        request.Headers.Authorization = basic;
        using var response = await client.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var reason = ReasonOf(await response.Content.ReadAsStringAsync(cancellationToken), "error_description", "mensagem", "error");
        return new ConnectionTestResult(false, $"A EFI recusou as credenciais na API {api} (status {(int)response.StatusCode}){(reason is null ? "." : $": {reason}")}");
    }

    private async Task<ConnectionTestResult> TestInterAsync(InterAccountSettings settings, CancellationToken cancellationToken)
    {
        using var certificate = X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(settings.CertificateBase64), settings.CertificatePassword);
        using var client = new HttpClient(interTrust.CreateHandler(certificate)) { Timeout = Timeout };
        foreach (var scope in new[] { InterAuthenticationHandler.ReadScope, InterAuthenticationHandler.WriteScope })
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_id"] = settings.ClientId,
                ["client_secret"] = settings.ClientSecret,
                ["grant_type"] = "client_credentials",
                ["scope"] = scope,
            });
            using var response = await client.PostAsync(new Uri(inter.Value.BaseUrl, "oauth/v2/token"), content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var reason = ReasonOf(await response.Content.ReadAsStringAsync(cancellationToken), "detail", "title", "error_description", "message");
                return new ConnectionTestResult(false, $"O Banco Inter recusou o token do escopo {scope} (status {(int)response.StatusCode}){(reason is null ? "." : $": {reason}")}");
            }
        }

        return new ConnectionTestResult(true, Verified);
    }

    private async Task<ConnectionTestResult> TestD4SignAsync(D4SignAccountSettings settings, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler()) { Timeout = Timeout };
        var uri = new Uri(d4Sign.Value.BaseUrl, $"safes?tokenAPI={Uri.EscapeDataString(settings.TokenApi)}&cryptKey={Uri.EscapeDataString(settings.CryptKey)}");
        using var response = await client.GetAsync(uri, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var reason = ReasonOf(body, "message", "mensagem");
            return new ConnectionTestResult(false, $"A D4Sign recusou as credenciais (status {(int)response.StatusCode}){(reason is null ? "." : $": {reason}")}");
        }

        if (settings.SafeUuid is not null && !body.Contains(settings.SafeUuid, StringComparison.OrdinalIgnoreCase))
        {
            return new ConnectionTestResult(false, $"A D4Sign aceitou as credenciais, mas a conta não tem o cofre {settings.SafeUuid}.");
        }

        return new ConnectionTestResult(true, Verified);
    }

    /// <summary>Returns the first of the named fields of a JSON error body that contains text, or null.</summary>
    private static string? ReasonOf(string body, params string[] fields)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var field in fields)
            {
                if (document.RootElement.TryGetProperty(field, out var value))
                {
                    var text = value.ValueKind switch
                    {
                        JsonValueKind.String => value.GetString(),
                        JsonValueKind.Object when value.TryGetProperty("message", out var message) => message.ToString(),
                        _ => null,
                    };
                    if (!string.IsNullOrWhiteSpace(text))
                    {
                        return text.Length > 300 ? text[..300] : text;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A body that is not JSON leaves the status code as the only reason.
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection test of the {Provider} account of tenant {TenantId} could not reach the provider")]
    private partial void LogUnreachable(Exception exception, string provider, Guid tenantId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stored {Provider} settings of tenant {TenantId} could not be decrypted or loaded")]
    private partial void LogUnreadable(Exception exception, string provider, Guid tenantId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connection test of the {Provider} account of tenant {TenantId} failed")]
    private partial void LogFailed(string provider, Guid tenantId);
}
