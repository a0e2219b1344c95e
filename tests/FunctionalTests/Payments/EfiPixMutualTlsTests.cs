using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Conexa.FunctionalTests.Support;

namespace Conexa.FunctionalTests.Payments;

/// <summary>Mutual TLS of the EFI sandbox Pix API: the account certificate is required, as at EFI, and the API presents it.</summary>
public sealed class EfiPixMutualTlsTests
{
    [Test]
    public async Task PixCheckout_GoesThroughMutualTls()
    {
        var plan = await TestPlans.CreateAsync();
        var pixCallsBefore = ApiServer.Sandbox.CountRequests("POST", "/oauth/token") + ApiServer.Sandbox.CountRequests("PUT", "/v2/cob/");

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        var payment = (await CheckoutApi.ReadJsonAsync(response))["payment"]!;

        Assert.That(ApiServer.Sandbox.PixBaseAddress.Scheme, Is.EqualTo(Uri.UriSchemeHttps));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(payment["pixCopyPaste"]!.GetValue<string>(), Does.StartWith("000201"));
        Assert.That(ApiServer.Sandbox.CountRequests("POST", "/oauth/token") + ApiServer.Sandbox.CountRequests("PUT", "/v2/cob/"), Is.GreaterThan(pixCallsBefore));
    }

    [Test]
    public void TokenWithoutCertificate_FailsHandshake()
    {
        using var client = PixClient(certificate: null);

        Assert.ThrowsAsync<HttpRequestException>(() => RequestTokenAsync(client));
    }

    [Test]
    public void ForeignCertificate_FailsHandshake()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=someone-else", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
        using var selfSigned = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        using var certificate = X509CertificateLoader.LoadPkcs12(selfSigned.Export(X509ContentType.Pfx), null);
        using var client = PixClient(certificate);

        Assert.ThrowsAsync<HttpRequestException>(() => RequestTokenAsync(client));
    }

    [Test]
    public async Task IssuedCertificate_GetsToken()
    {
        using var certificate = X509CertificateLoader.LoadPkcs12(
            ApiServer.Sandbox.PixClientCertificatePkcs12.ToArray(), ApiServer.Sandbox.PixClientCertificatePassword);
        using var client = PixClient(certificate);

        using var response = await RequestTokenAsync(client);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task PixRouteOverPlainHttp_IsNotServed()
    {
        using var client = new HttpClient { BaseAddress = ApiServer.Sandbox.BaseAddress };

        using var response = await client.PostAsync("/oauth/token", new StringContent("{\"grant_type\":\"client_credentials\"}", Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static HttpClient PixClient(X509Certificate2? certificate)
    {
        var handler = new SocketsHttpHandler();
        var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
        policy.CustomTrustStore.Add(X509Certificate2.CreateFromPem(ApiServer.Sandbox.PixCertificateAuthorityPem!));
        handler.SslOptions.CertificateChainPolicy = policy;
        if (certificate is not null)
        {
            handler.SslOptions.ClientCertificates = [certificate];
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate;
        }

        return new HttpClient(handler) { BaseAddress = ApiServer.Sandbox.PixBaseAddress };
    }

    private static Task<HttpResponseMessage> RequestTokenAsync(HttpClient client)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new StringContent("{\"grant_type\":\"client_credentials\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("sandbox-client-id:sandbox-client-secret")));
        return client.SendAsync(request);
    }
}
