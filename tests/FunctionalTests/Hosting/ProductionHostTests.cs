using System.Net;
using Conexa.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Conexa.FunctionalTests.Hosting;

public sealed class ProductionHostTests
{
    [Test]
    public async Task WithoutSandbox_HasNoSandboxRoutes()
    {
        var databasePath = ApiServer.NewDatabasePath();
        var app = await ApiServer.BuildAsync(databasePath, new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "false",
            ["Efi:ClientId"] = "client",
            ["Efi:ClientSecret"] = "secret",
            ["Efi:PixKey"] = "pix@operator.example",
        });
        try
        {
            await ApiHost.StartAsync(app);
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

            var response = await client.PostAsync($"/api/sandbox/checkouts/{Guid.NewGuid()}/pay", null);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
        finally
        {
            await app.DisposeAsync();
            ApiServer.DeleteDatabase(databasePath);
        }
    }

    [Test]
    public async Task WithoutEfiCredentials_FailsToStart()
    {
        var databasePath = ApiServer.NewDatabasePath();
        var app = await ApiServer.BuildAsync(databasePath, new Dictionary<string, string?> { ["Sandbox:Enabled"] = "false" });
        try
        {
            var exception = Assert.ThrowsAsync<OptionsValidationException>(() => ApiHost.StartAsync(app));

            Assert.That(exception!.Message, Does.Contain("Efi:ClientId"));
        }
        finally
        {
            await app.DisposeAsync();
            ApiServer.DeleteDatabase(databasePath);
        }
    }

    [Test]
    public async Task InterWithBadCertificate_FailsToStart()
    {
        var databasePath = ApiServer.NewDatabasePath();
        var app = await ApiServer.BuildAsync(databasePath, new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "false",
            ["Efi:ClientId"] = "client",
            ["Efi:ClientSecret"] = "secret",
            ["Efi:PixKey"] = "pix@operator.example",
            ["Inter:ClientId"] = "inter-client",
            ["Inter:ClientSecret"] = "inter-secret",
            ["Inter:CertificateBase64"] = Convert.ToBase64String("not a pfx file"u8.ToArray()),
            ["Inter:CertificatePassword"] = "wrong",
        });
        try
        {
            var exception = Assert.ThrowsAsync<OptionsValidationException>(() => ApiHost.StartAsync(app));

            Assert.That(exception!.Message, Does.Contain("Inter certificate could not be loaded"));
            Assert.That(exception.Message, Does.Not.Contain("inter-secret"));
        }
        finally
        {
            await app.DisposeAsync();
            ApiServer.DeleteDatabase(databasePath);
        }
    }

    [Test]
    public async Task InterWithoutSecret_FailsToStart()
    {
        var databasePath = ApiServer.NewDatabasePath();
        var app = await ApiServer.BuildAsync(databasePath, new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "false",
            ["Efi:ClientId"] = "client",
            ["Efi:ClientSecret"] = "secret",
            ["Efi:PixKey"] = "pix@operator.example",
            ["Inter:ClientId"] = "inter-client",
        });
        try
        {
            var exception = Assert.ThrowsAsync<OptionsValidationException>(() => ApiHost.StartAsync(app));

            Assert.That(exception!.Message, Does.Contain("Inter:ClientSecret"));
            Assert.That(exception.Message, Does.Contain("Inter:CertificatePath"));
        }
        finally
        {
            await app.DisposeAsync();
            ApiServer.DeleteDatabase(databasePath);
        }
    }
}
