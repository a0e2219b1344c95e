using System.Net;
using System.Net.Http.Json;
using Conexa.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Conexa.FunctionalTests.Hosting;

public sealed class ProductionHostTests
{
    [Test]
    public async Task WithoutSandbox_HasNoSandboxRoutes()
    {
        await WithHostAsync(new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "false",
            ["Efi:ClientId"] = "client",
            ["Efi:ClientSecret"] = "secret",
            ["Efi:PixKey"] = "pix@operator.example",
        }, async app =>
        {
            await ApiHost.StartAsync(app);
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

            var pay = await client.PostAsync($"/api/sandbox/checkouts/{Guid.NewGuid()}/pay", null);
            var readClock = await client.GetAsync("/api/sandbox/test-clock");
            var setClock = await client.PostAsync("/api/sandbox/test-clock", JsonContent.Create(new { instant = "2027-01-31T15:00:00-03:00" }));
            var advanceClock = await client.PostAsync("/api/sandbox/test-clock/advance", JsonContent.Create(new { to = "2027-02-28T15:00:00-03:00" }));

            Assert.That(pay.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(readClock.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(setClock.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(advanceClock.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task WithoutEfiCredentials_FailsToStart()
    {
        await WithHostAsync(new Dictionary<string, string?> { ["Sandbox:Enabled"] = "false" }, app =>
        {
            var exception = Assert.ThrowsAsync<OptionsValidationException>(() => ApiHost.StartAsync(app));

            Assert.That(exception!.Message, Does.Contain("Efi:ClientId"));
        });
    }

    [Test]
    public async Task D4SignTokenWithoutKeys_FailsToStart()
    {
        await WithHostAsync(new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "false",
            ["Efi:ClientId"] = "client",
            ["Efi:ClientSecret"] = "secret",
            ["Efi:PixKey"] = "pix@operator.example",
            ["D4Sign:TokenApi"] = "token",
        }, app =>
        {
            var exception = Assert.ThrowsAsync<OptionsValidationException>(() => ApiHost.StartAsync(app));

            Assert.That(exception!.Message, Does.Contain("D4Sign:CryptKey"));
            Assert.That(exception.Message, Does.Not.Contain("token"));
        });
    }

    [Test]
    public async Task WithoutD4Sign_CallbacksAre401()
    {
        await WithHostAsync(new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "false",
            ["Efi:ClientId"] = "client",
            ["Efi:ClientSecret"] = "secret",
            ["Efi:PixKey"] = "pix@operator.example",
        }, async app =>
        {
            await ApiHost.StartAsync(app);
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

            var response = await client.PostAsync("/api/webhooks/d4sign", new FormUrlEncodedContent(new Dictionary<string, string> { ["uuid"] = Guid.NewGuid().ToString(), ["type_post"] = "1" }));

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "without a Secret Key MAC no callback is authentic");
        });
    }

    [Test]
    public async Task InterWithBadCertificate_FailsToStart()
    {
        await WithHostAsync(new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "false",
            ["Efi:ClientId"] = "client",
            ["Efi:ClientSecret"] = "secret",
            ["Efi:PixKey"] = "pix@operator.example",
            ["Inter:ClientId"] = "inter-client",
            ["Inter:ClientSecret"] = "inter-secret",
            ["Inter:CertificateBase64"] = Convert.ToBase64String("not a pfx file"u8.ToArray()),
            ["Inter:CertificatePassword"] = "wrong",
        }, app =>
        {
            var exception = Assert.ThrowsAsync<OptionsValidationException>(() => ApiHost.StartAsync(app));

            Assert.That(exception!.Message, Does.Contain("Inter certificate could not be loaded"));
            Assert.That(exception.Message, Does.Not.Contain("inter-secret"));
        });
    }

    [Test]
    public async Task InterWithoutSecret_FailsToStart()
    {
        await WithHostAsync(new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "false",
            ["Efi:ClientId"] = "client",
            ["Efi:ClientSecret"] = "secret",
            ["Efi:PixKey"] = "pix@operator.example",
            ["Inter:ClientId"] = "inter-client",
        }, app =>
        {
            var exception = Assert.ThrowsAsync<OptionsValidationException>(() => ApiHost.StartAsync(app));

            Assert.That(exception!.Message, Does.Contain("Inter:ClientSecret"));
            Assert.That(exception.Message, Does.Contain("Inter:CertificatePath"));
        });
    }

    [Test]
    public async Task EfiPixBadCertificate_FailsToStart()
    {
        await WithHostAsync(new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "false",
            ["Efi:ClientId"] = "client",
            ["Efi:ClientSecret"] = "secret",
            ["Efi:PixKey"] = "pix@operator.example",
            ["Efi:PixCertificateBase64"] = Convert.ToBase64String("not a p12 file"u8.ToArray()),
            ["Efi:PixCertificatePassword"] = "p12-password",
        }, app =>
        {
            var exception = Assert.ThrowsAsync<OptionsValidationException>(() => ApiHost.StartAsync(app));

            Assert.That(exception!.Message, Does.Contain("Efi:PixCertificateBase64"));
            Assert.That(exception.Message, Does.Not.Contain("p12-password"));
        });
    }

    [Test]
    public async Task EfiPixCertificate_LoadsAtStart()
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=conta-efi-teste", key, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        await WithHostAsync(new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "false",
            ["Efi:ClientId"] = "client",
            ["Efi:ClientSecret"] = "secret",
            ["Efi:PixKey"] = "pix@operator.example",
            ["Efi:PixCertificateBase64"] = Convert.ToBase64String(certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pkcs12)),
        }, async app =>
        {
            await ApiHost.StartAsync(app);
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

            var live = await client.GetAsync("/health/live");

            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task KeyCertificate_EncryptsTheKeyRing()
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=conexa-key-ring", key, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1));
        var settings = new Dictionary<string, string?>
        {
            ["Efi:ClientId"] = "client",
            ["Efi:ClientSecret"] = "secret",
            ["Efi:PixKey"] = "pix@operator.example",
            ["Sandbox:Enabled"] = "false",
            ["DataProtection:KeyCertificateBase64"] = Convert.ToBase64String(certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "ring-password")),
            ["DataProtection:KeyCertificatePassword"] = "ring-password",
        };
        var databasePath = ApiServer.NewDatabasePath();
        string protectedText;
        var first = await ApiServer.BuildAsync(databasePath, settings);
        try
        {
            await ApiHost.StartAsync(first);
            protectedText = Convert.ToBase64String(ProtectorOf(first).Protect("segredo do provedor"u8.ToArray()));
        }
        finally
        {
            await first.DisposeAsync();
        }

        var second = await ApiServer.BuildAsync(databasePath, settings);
        try
        {
            await ApiHost.StartAsync(second);
            var keys = await KeyRingXmlAsync(second);

            Assert.That(System.Text.Encoding.UTF8.GetString(ProtectorOf(second).Unprotect(Convert.FromBase64String(protectedText))), Is.EqualTo("segredo do provedor"), "a new instance reads the ring back");
            Assert.That(keys, Does.Contain("encryptedSecret"));
            Assert.That(keys, Does.Not.Contain("<value>"), "no key is stored in clear");
        }
        finally
        {
            await second.DisposeAsync();
            ApiServer.DeleteDatabase(databasePath);
        }
    }

    private static async Task<string> KeyRingXmlAsync(Microsoft.AspNetCore.Builder.WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Conexa.Infrastructure.Persistence.AppDbContext>();
        return string.Concat(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.DataProtectionKeys.Select(k => k.Xml)));
    }

    private static Microsoft.AspNetCore.DataProtection.IDataProtector ProtectorOf(Microsoft.AspNetCore.Builder.WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>().CreateProtector("Conexa.Tests.KeyRing");

    /// <summary>Builds a host on a fresh database, runs <paramref name="body"/> on it, then disposes both.</summary>
    private static async Task WithHostAsync(IDictionary<string, string?> settings, Func<Microsoft.AspNetCore.Builder.WebApplication, Task> body)
    {
        var databasePath = ApiServer.NewDatabasePath();
        var app = await ApiServer.BuildAsync(databasePath, settings);
        try
        {
            await body(app);
        }
        finally
        {
            await app.DisposeAsync();
            ApiServer.DeleteDatabase(databasePath);
        }
    }

    /// <summary>Builds a host on a fresh database, runs <paramref name="body"/>, which does not start it, then disposes both.</summary>
    private static Task WithHostAsync(IDictionary<string, string?> settings, Action<Microsoft.AspNetCore.Builder.WebApplication> body) =>
        WithHostAsync(settings, app =>
        {
            body(app);
            return Task.CompletedTask;
        });
}
