using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Conexa.FunctionalTests.Signatures;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Integrations;

public sealed class IntegrationCredentialsTests
{
    [Test]
    public async Task EfiAccount_SavesAndTestsOk()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var clientId = await TenantAccounts.SaveEfiAsync(admin);
        var efi = await TenantAccounts.ProviderAsync(admin, "efi");

        Assert.That(efi["source"]!.GetValue<string>(), Is.EqualTo("tenant"));
        Assert.That(efi["maskedIdentifier"]!.GetValue<string>(), Is.EqualTo("••••" + clientId[^4..]));
        Assert.That(efi["lastTestSucceeded"]!.GetValue<bool>(), Is.True);
        Assert.That(efi["lastTestMessage"]!.GetValue<string>(), Is.EqualTo("Conexão verificada."));
        Assert.That(efi["enabledMethods"]!.AsArray().Select(m => m!.GetValue<string>()), Is.EquivalentTo(new[] { "pix", "card", "boleto" }));
        Assert.That(ApiServer.Sandbox.CountRequests("POST", "/oauth/token"), Is.GreaterThan(0), "the test asked EFI Pix for a token too");
    }

    [Test]
    public async Task EfiWithoutCertificate_TestNamesTheCertificate()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var clientId = $"tenant-client-{Guid.NewGuid():N}";
        ApiServer.Sandbox.AddClient(clientId, TenantAccounts.EfiSecret, TenantAccounts.PixKey);
        await admin.PutAsJsonAsync("/api/integrations/efi", new { clientId, clientSecret = TenantAccounts.EfiSecret, pixKey = TenantAccounts.PixKey });

        var response = await admin.PostAsync("/api/integrations/efi/test", null);
        var body = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body["lastTestSucceeded"]!.GetValue<bool>(), Is.False);
        Assert.That(body["lastTestMessage"]!.GetValue<string>(), Does.Contain("certificado"));
    }

    [Test]
    public async Task ExpiredOrGarbledFields_AreRejected()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        using var key = RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=expirado", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var expired = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-2), DateTimeOffset.UtcNow.AddYears(-1));
        var pfx = Convert.ToBase64String(expired.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "senha"));

        var expiredResponse = await admin.PutAsJsonAsync("/api/integrations/efi", new { clientId = "id", clientSecret = "secret", pixKey = "chave", certificateBase64 = pfx, certificatePassword = "senha" });
        var controlResponse = await admin.PutAsJsonAsync("/api/integrations/efi", new { clientId = "a\u0000\r\nb", clientSecret = "b\r\nX-Evil: 1", pixKey = "chave" });
        var safeResponse = await admin.PutAsJsonAsync("/api/integrations/d4sign", new { tokenApi = "t", cryptKey = "c", hmacSecret = "h", safeUuid = "../../../safes?x=" });
        var expiredErrors = (await CheckoutApi.ReadJsonAsync(expiredResponse))["errors"]!.AsObject();
        var controlErrors = (await CheckoutApi.ReadJsonAsync(controlResponse))["errors"]!.AsObject();
        var safeErrors = (await CheckoutApi.ReadJsonAsync(safeResponse))["errors"]!.AsObject();

        Assert.That(expiredResponse.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(expiredErrors["certificateBase64"]![0]!.GetValue<string>(), Does.Contain("venceu"));
        Assert.That(controlErrors.Select(e => e.Key), Is.EquivalentTo(new[] { "clientId", "clientSecret" }));
        Assert.That(safeErrors.Select(e => e.Key), Is.EquivalentTo(new[] { "safeUuid" }));
        Assert.That(await ApiServer.QueryAsync(db => db.ProviderConnections.CountAsync(c => c.TenantId == plan.TenantId)), Is.Zero);
    }

    [Test]
    public async Task SandboxAccountFromItsPage_PassesTheTest()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        using var sandboxPage = new HttpClient { BaseAddress = ApiServer.Sandbox.BaseAddress };
        var page = await sandboxPage.GetStringAsync("/sandbox");
        var certificate = await sandboxPage.GetByteArrayAsync("/sandbox/account-certificate.p12");
        var password = ApiServer.Sandbox.PixClientCertificatePassword!;

        await admin.PutAsJsonAsync("/api/integrations/efi", new
        {
            clientId = "sandbox-client-id",
            clientSecret = "sandbox-client-secret",
            pixKey = "sandbox@efi.local",
            certificateBase64 = Convert.ToBase64String(certificate),
            certificatePassword = password,
        });
        var tested = await CheckoutApi.ReadJsonAsync(await admin.PostAsync("/api/integrations/efi/test", null));

        Assert.That(page, Does.Contain("sandbox-client-id").And.Contain(password));
        Assert.That(tested["lastTestSucceeded"]!.GetValue<bool>(), Is.True, tested.ToJsonString());
    }

    [Test]
    public async Task WrongEfiSecret_TestReportsTheRefusal()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var clientId = $"tenant-client-{Guid.NewGuid():N}";
        ApiServer.Sandbox.AddClient(clientId, TenantAccounts.EfiSecret, TenantAccounts.PixKey);
        await admin.PutAsJsonAsync("/api/integrations/efi", new
        {
            clientId,
            clientSecret = TenantAccounts.WrongEfiSecret,
            pixKey = TenantAccounts.PixKey,
            certificateBase64 = TenantAccounts.EfiCertificateBase64,
            certificatePassword = TenantAccounts.EfiCertificatePassword,
        });

        var response = await admin.PostAsync("/api/integrations/efi/test", null);
        var body = await CheckoutApi.ReadJsonAsync(response);
        var readiness = await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/tenant/readiness");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body["lastTestSucceeded"]!.GetValue<bool>(), Is.False);
        Assert.That(body["lastTestMessage"]!.GetValue<string>(), Does.Contain("A EFI recusou as credenciais"));
        Assert.That(body["lastTestMessage"]!.GetValue<string>(), Does.Contain("client_id ou client_secret inválido"), "the provider's own reason");
        Assert.That(ReadinessItem(readiness!, "payment-integration"), Is.EqualTo("missing"), "a failed account is not active");
    }

    [Test]
    public async Task Secrets_AreAbsentFromTheRowAndResponses()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var hostD4Sign = ApiServer.D4Sign.Options;
        await TenantAccounts.SaveEfiAsync(admin, test: false);
        var d4Sign = await admin.PutAsJsonAsync("/api/integrations/d4sign", new { tokenApi = hostD4Sign.TokenApi, cryptKey = hostD4Sign.CryptKey, hmacSecret = TenantAccounts.HmacSecret });
        var inter = await admin.PutAsJsonAsync("/api/integrations/inter", InterBody(new Conexa.Sandbox.InterSandboxOptions().ClientSecret));

        var rows = await ApiServer.QueryAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM ProviderConnections";
            await using var reader = await command.ExecuteReaderAsync();
            var text = new StringBuilder();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetValue(i)).Append('|');
                }
            }

            return text.ToString();
        });
        var listed = await admin.GetStringAsync("/api/integrations");
        var responses = await d4Sign.Content.ReadAsStringAsync() + await inter.Content.ReadAsStringAsync() + listed;

        Assert.That(d4Sign.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(inter.StatusCode, Is.EqualTo(HttpStatusCode.OK), await inter.Content.ReadAsStringAsync());
        Assert.That(rows, Does.Contain("••••"), "the rows were read");
        foreach (var secret in new[] { TenantAccounts.EfiSecret, TenantAccounts.HmacSecret, hostD4Sign.CryptKey, hostD4Sign.TokenApi, new Conexa.Sandbox.InterSandboxOptions().ClientSecret, TenantAccounts.PixKey })
        {
            Assert.That(rows, Does.Not.Contain(secret), "the database row");
            Assert.That(responses, Does.Not.Contain(secret), "the API responses");
        }
    }

    [Test]
    public async Task EarlierBoleto_UsesIssuingAccount()
    {
        var plan = await TestPlans.CreateAsync();
        await TestPlans.AddEfiBoletoAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), Guid.NewGuid().ToString()));
        var checkoutId = checkout["checkoutId"]!.GetValue<string>();
        await TenantAccounts.SaveEfiAsync(admin);

        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        var paid = await CheckoutApi.WaitForAsync(checkoutId, c => c["payment"]!["status"]!.GetValue<string>() == "paid");
        var charge = await ApiServer.QueryAsync(db => db.Charges.SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(paid["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("paid"), "the host account issued the boleto and reads its notification");
        Assert.That(charge.StartedWithTenantAccount, Is.False);
    }

    [Test]
    public async Task UntestedAccount_IsNotUsedForNewCharges()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var clientId = await TenantAccounts.SaveEfiAsync(admin, test: false);

        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString());
        var charge = await ApiServer.QueryAsync(db => db.Charges.SingleAsync(c => c.TenantId == plan.TenantId));
        var atProvider = ApiServer.Sandbox.Charges.Single(c => c.CustomId == charge.ProviderReference);

        Assert.That(atProvider.ClientId, Is.Not.EqualTo(clientId), "an account whose connection test has not succeeded waits");
        Assert.That(charge.StartedWithTenantAccount, Is.False);
    }

    [Test]
    public async Task MethodNotEnabled_UsesTheHostAccount()
    {
        var plan = await TestPlans.CreateAsync();
        await TestPlans.AddEfiBoletoAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var clientId = await TenantAccounts.SaveEfiAsync(admin, methods: ["pix"]);

        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), Guid.NewGuid().ToString());
        var charge = await ApiServer.QueryAsync(db => db.Charges.SingleAsync(c => c.TenantId == plan.TenantId));
        var atProvider = ApiServer.Sandbox.Charges.Single(c => c.CustomId == charge.ProviderReference);

        Assert.That(atProvider.ClientId, Is.Not.EqualTo(clientId), "boleto is not enabled on the tenant's account");
        Assert.That(atProvider.NotificationUrl, Does.Not.Contain("tenant="));
    }

    [Test]
    public async Task UnreadableSettings_AnswerServiceUnavailable()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await TenantAccounts.SaveEfiAsync(admin);
        await ApiServer.QueryAsync(db => db.ProviderConnections
            .Where(c => c.TenantId == plan.TenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ProtectedSettings, "CfDJ8-not-a-protected-payload")));

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString());
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(response.Headers.RetryAfter, Is.Not.Null);
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("provider-unavailable"));
    }

    [Test]
    public async Task TenantCheckout_IsChargedUnderItsOwnAccount()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var clientId = await TenantAccounts.SaveEfiAsync(admin);

        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString()));
        var charge = await ApiServer.QueryAsync(db => db.Charges.SingleAsync(c => c.TenantId == plan.TenantId));
        var atProvider = ApiServer.Sandbox.Charges.Single(c => c.CustomId == charge.ProviderReference);

        Assert.That(atProvider.ClientId, Is.EqualTo(clientId), "the charge was created with the tenant's token");
        Assert.That(atProvider.NotificationUrl, Does.EndWith($"?tenant={plan.TenantId}"));
        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("active"));
    }

    [Test]
    public async Task EfiNotification_ReadWithTenantAccount()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await TenantAccounts.SaveEfiAsync(admin);
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString()));
        var checkoutId = checkout["checkoutId"]!.GetValue<string>();
        var charge = await ApiServer.QueryAsync(db => db.Charges.SingleAsync(c => c.TenantId == plan.TenantId));
        var token = ApiServer.Sandbox.Charges.Single(c => c.CustomId == charge.ProviderReference).NotificationToken;

        var withHostAccount = await ApiServer.Client.PostAsync("/api/webhooks/efi", new FormUrlEncodedContent([new("notification", token)]));
        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        var paid = await CheckoutApi.WaitForAsync(checkoutId, c => c["payment"]!["status"]!.GetValue<string>() == "paid");

        Assert.That(withHostAccount.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), "the host account cannot read another account's notification");
        Assert.That(paid["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("paid"), "the sandbox's callback names the tenant, whose account reads it back");
    }

    [Test]
    public async Task D4SignCallback_UsesTenantHmacSecret()
    {
        var plan = await SignatureFlow.PlanAsync(sendsAutomatically: true);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var host = ApiServer.D4Sign.Options;
        var saved = await admin.PutAsJsonAsync("/api/integrations/d4sign", new { tokenApi = host.TokenApi, cryptKey = host.CryptKey, hmacSecret = TenantAccounts.HmacSecret, safeUuid = host.SafeUuid });
        var tested = await CheckoutApi.ReadJsonAsync(await admin.PostAsync("/api/integrations/d4sign/test", null));
        var (_, contractId) = await SignatureFlow.CheckoutAsync(plan);
        Assert.That(await SignatureFlow.WaitForStatusAsync(admin, contractId, "sent"), Is.EqualTo("sent"));
        var documentId = await SignatureFlow.DocumentIdAsync(contractId);

        var withHostSecret = await PostD4SignCallbackAsync(documentId, host.HmacSecret);
        var withTenantSecret = await PostD4SignCallbackAsync(documentId, TenantAccounts.HmacSecret);

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(tested["lastTestSucceeded"]!.GetValue<bool>(), Is.True, tested.ToJsonString());
        Assert.That(withHostSecret.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the host's secret is not this tenant's");
        Assert.That(withTenantSecret.StatusCode, Is.EqualTo(HttpStatusCode.OK), await withTenantSecret.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task InterAccount_TestsEachScope()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        await admin.PutAsJsonAsync("/api/integrations/inter", InterBody(new Conexa.Sandbox.InterSandboxOptions().ClientSecret));
        var good = await CheckoutApi.ReadJsonAsync(await admin.PostAsync("/api/integrations/inter/test", null));
        await admin.PutAsJsonAsync("/api/integrations/inter", InterBody("not-the-inter-secret"));
        var bad = await CheckoutApi.ReadJsonAsync(await admin.PostAsync("/api/integrations/inter/test", null));

        Assert.That(good["lastTestSucceeded"]!.GetValue<bool>(), Is.True, good.ToJsonString());
        Assert.That(bad["lastTestSucceeded"]!.GetValue<bool>(), Is.False);
        Assert.That(bad["lastTestMessage"]!.GetValue<string>(), Does.StartWith("O Banco Inter recusou o token do escopo boleto-cobranca.read"));
    }

    [Test]
    public async Task InvalidFields_AreEachNamed()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var pfx = Convert.ToBase64String(ApiServer.InterSandbox.ClientCertificatePfx.Span);

        var empty = await admin.PutAsJsonAsync("/api/integrations/efi", new { });
        var emptyErrors = (await CheckoutApi.ReadJsonAsync(empty))["errors"]!.AsObject();
        var wrongPassword = await admin.PutAsJsonAsync("/api/integrations/efi", new { clientId = "id", clientSecret = "secret", pixKey = "chave", certificateBase64 = pfx, certificatePassword = "not-the-password" });
        var wrongPasswordErrors = (await CheckoutApi.ReadJsonAsync(wrongPassword))["errors"]!.AsObject();
        var noCertificate = await admin.PutAsJsonAsync("/api/integrations/inter", new { clientId = "id", clientSecret = "secret" });
        var noCertificateErrors = (await CheckoutApi.ReadJsonAsync(noCertificate))["errors"]!.AsObject();
        var emptyD4Sign = await admin.PutAsJsonAsync("/api/integrations/d4sign", new { tokenApi = "token" });
        var emptyD4SignErrors = (await CheckoutApi.ReadJsonAsync(emptyD4Sign))["errors"]!.AsObject();

        Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(emptyErrors.Select(e => e.Key), Is.EquivalentTo(new[] { "clientId", "clientSecret", "pixKey" }));
        Assert.That(wrongPassword.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(wrongPasswordErrors["certificateBase64"]![0]!.GetValue<string>(), Does.Contain("senha informada"));
        Assert.That(noCertificateErrors.Select(e => e.Key), Is.EquivalentTo(new[] { "certificateBase64" }));
        Assert.That(emptyD4SignErrors.Select(e => e.Key), Is.EquivalentTo(new[] { "cryptKey", "hmacSecret" }));
    }

    [Test]
    public async Task OtherTenant_CannotSeeTestOrRemoveThem()
    {
        var owner = await TestPlans.CreateAsync();
        var other = await TestPlans.CreateAsync();
        using var ownerAdmin = await AdminClients.SignInAsync(owner.TenantId);
        using var otherAdmin = await AdminClients.SignInAsync(other.TenantId);
        var clientId = await TenantAccounts.SaveEfiAsync(ownerAdmin);

        var seen = await TenantAccounts.ProviderAsync(otherAdmin, "efi");
        var test = await otherAdmin.PostAsync("/api/integrations/efi/test", null);
        var delete = await otherAdmin.DeleteAsync("/api/integrations/efi");
        var stillThere = await TenantAccounts.ProviderAsync(ownerAdmin, "efi");

        Assert.That(seen["source"]!.GetValue<string>(), Is.EqualTo("host"));
        Assert.That(seen["maskedIdentifier"]!.GetValue<string>(), Does.Not.EndWith(clientId[^4..]));
        Assert.That(test.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(stillThere["source"]!.GetValue<string>(), Is.EqualTo("tenant"));
    }

    [Test]
    public async Task Staff_ReadsButCannotChange()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        using var staff = await AdminClients.SignInAsync(plan.TenantId, role: "staff");
        await TenantAccounts.SaveEfiAsync(admin, test: false);

        var list = await staff.GetAsync("/api/integrations");
        var save = await staff.PutAsJsonAsync("/api/integrations/d4sign", new { tokenApi = "t", cryptKey = "c", hmacSecret = "h" });
        var test = await staff.PostAsync("/api/integrations/efi/test", null);
        var delete = await staff.DeleteAsync("/api/integrations/efi");

        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(test.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Readiness_CountsOnlyTestedEnabledMethods()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        await TenantAccounts.SaveEfiAsync(admin, test: false);
        var untested = await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/tenant/readiness");
        await TenantAccounts.SaveEfiAsync(admin, methods: ["boleto"]);
        var boletoOnly = await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/tenant/readiness");
        await TenantAccounts.SaveEfiAsync(admin, methods: ["pix"]);
        var withPix = await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/tenant/readiness");

        Assert.That(ReadinessItem(untested!, "payment-integration"), Is.EqualTo("missing"), "saved but not tested");
        Assert.That(ReadinessItem(boletoOnly!, "payment-integration"), Is.EqualTo("missing"), "the plan offers Pix and card only");
        Assert.That(ReadinessItem(withPix!, "payment-integration"), Is.EqualTo("ok"));
    }

    [Test]
    public async Task Delete_FallsBackToTheHostAccount()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await TenantAccounts.SaveEfiAsync(admin);

        var deleted = await admin.DeleteAsync("/api/integrations/efi");
        var efi = await TenantAccounts.ProviderAsync(admin, "efi");
        var rows = await ApiServer.QueryAsync(db => db.ProviderConnections.CountAsync(c => c.TenantId == plan.TenantId));
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString());
        var charge = await ApiServer.QueryAsync(db => db.Charges.SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(efi["source"]!.GetValue<string>(), Is.EqualTo("host"));
        Assert.That(rows, Is.Zero);
        Assert.That(ApiServer.Sandbox.Charges.Single(c => c.CustomId == charge.ProviderReference).ClientId, Is.EqualTo("sandbox-client-id"));
    }

    private static object InterBody(string clientSecret) => new
    {
        clientId = new Conexa.Sandbox.InterSandboxOptions().ClientId,
        clientSecret,
        certificateBase64 = Convert.ToBase64String(ApiServer.InterSandbox.ClientCertificatePfx.Span),
        certificatePassword = ApiServer.InterSandbox.ClientCertificatePassword,
    };

    private static async Task<HttpResponseMessage> PostD4SignCallbackAsync(string documentId, string secret)
    {
        var signature = "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(documentId))).ToLowerInvariant();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/d4sign")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["uuid"] = documentId, ["type_post"] = "4", ["message"] = "teste" }),
        };
        request.Headers.TryAddWithoutValidation("Content-Hmac", signature);
        return await ApiServer.Client.SendAsync(request);
    }

    private static string ReadinessItem(System.Text.Json.Nodes.JsonObject readiness, string code) =>
        readiness["items"]!.AsArray().Single(i => i!["code"]!.GetValue<string>() == code)!["status"]!.GetValue<string>();
}
