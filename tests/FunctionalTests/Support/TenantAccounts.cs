using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Conexa.FunctionalTests.Support;

/// <summary>Gives a test tenant its own provider accounts through the admin API, with secrets the log check forbids.</summary>
public static class TenantAccounts
{
    public const string EfiSecret = "tenant-own-efi-secret-7Qx";

    public const string WrongEfiSecret = "tenant-wrong-efi-secret-9Kd";

    public const string HmacSecret = "tenant-own-d4sign-hmac-3Zr";

    public const string PixKey = "tenant-pix@coworking.test";

    /// <summary>The account certificate the EFI sandbox's Pix API demands, as a base64 .p12.</summary>
    public static string EfiCertificateBase64 => Convert.ToBase64String(ApiServer.Sandbox.PixClientCertificatePkcs12.Span);

    public static string? EfiCertificatePassword => ApiServer.Sandbox.PixClientCertificatePassword;

    /// <summary>Adds a new EFI account to the sandbox, saves it as the tenant's own and returns its client id.</summary>
    public static async Task<string> SaveEfiAsync(HttpClient admin, bool test = true, string[]? methods = null)
    {
        var clientId = $"tenant-client-{Guid.NewGuid():N}";
        ApiServer.Sandbox.AddClient(clientId, EfiSecret, PixKey);
        var saved = await admin.PutAsJsonAsync("/api/integrations/efi", new
        {
            clientId,
            clientSecret = EfiSecret,
            pixKey = PixKey,
            certificateBase64 = EfiCertificateBase64,
            certificatePassword = EfiCertificatePassword,
            methods,
        });
        Assert.That(saved.IsSuccessStatusCode, Is.True, await saved.Content.ReadAsStringAsync());
        if (test)
        {
            var tested = await admin.PostAsync("/api/integrations/efi/test", null);
            var body = await CheckoutApi.ReadJsonAsync(tested);
            Assert.That(body["lastTestSucceeded"]!.GetValue<bool>(), Is.True, body.ToJsonString());
        }

        return clientId;
    }

    public static async Task<JsonObject> ProviderAsync(HttpClient client, string provider)
    {
        var list = await client.GetFromJsonAsync<JsonObject>("/api/integrations");
        return list!["items"]!.AsArray().Single(i => i!["provider"]!.GetValue<string>() == provider)!.AsObject();
    }
}
