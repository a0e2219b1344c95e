using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;

namespace Conexa.FunctionalTests.Support;

/// <summary>Creates HTTP clients of the Inter sandbox's API that trust its CA and present its client certificate when requested.</summary>
public static class InterSandboxClient
{
    public static HttpClient Create(bool withClientCertificate = true)
    {
        var sandbox = ApiServer.InterSandbox;
        var authority = X509Certificate2.CreateFromPem(sandbox.CertificateAuthorityPem);
        var handler = new SocketsHttpHandler();
        handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
            CustomTrustStore = { authority },
        };
        if (withClientCertificate)
        {
            var clientCertificate = X509CertificateLoader.LoadPkcs12(sandbox.ClientCertificatePfx.Span, sandbox.ClientCertificatePassword);
            handler.SslOptions.ClientCertificates = [clientCertificate];
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => clientCertificate;
        }

        return new HttpClient(handler) { BaseAddress = sandbox.BaseAddress };
    }

    /// <summary>Returns a token response of the sandbox for <paramref name="scope"/>.</summary>
    public static Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, string scope) =>
        client.PostAsync("oauth/v2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "inter-sandbox-client-id",
            ["client_secret"] = "inter-sandbox-client-secret",
            ["grant_type"] = "client_credentials",
            ["scope"] = scope,
        }));

    /// <summary>Returns a bearer token of the sandbox for <paramref name="scope"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string scope)
    {
        var response = await RequestTokenAsync(client, scope);
        var token = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        return token!["access_token"]!.GetValue<string>();
    }
}
