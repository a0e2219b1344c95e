using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conexa.Domain.Emails;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.ClientArea;

public sealed partial class ClientAreaInvitationTests
{
    [Test]
    public async Task Invitation_LetsCustomerSetPasswordAndSignIn()
    {
        var plan = await TestPlans.CreateAsync();
        var (customerId, email) = await ContractWithoutPasswordAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var invited = await admin.PostAsync($"/api/customers/{customerId}/client-area-invitation", null);
        var invitation = await CheckoutApi.ReadJsonAsync(invited);
        var link = InvitationLink().Match(ApiServer.Emails.LastBodyTo(email) ?? string.Empty);
        var token = WebUtility.UrlDecode(link.Groups["token"].Value);
        var history = await ApiServer.QueryAsync(db => db.EmailMessages.SingleAsync(m => m.To == email && m.Subject.Contains("Área do Cliente")));
        var set = await ApiServer.Client.PostAsJsonAsync("/api/client/password", new { email, token, password = "novaSenha2027" });
        var reused = await ApiServer.Client.PostAsJsonAsync("/api/client/password", new { email, token, password = "outraSenha2027" });
        var login = await ApiServer.Client.PostAsJsonAsync("/api/auth/login", new { email, password = "novaSenha2027" });

        Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.OK), invitation.ToJsonString());
        Assert.That(invitation["status"]!.GetValue<string>(), Is.EqualTo("sent"));
        Assert.That(link.Success, Is.True, "the e-mail carries the link with its token in the fragment");
        Assert.That(history.Body, Does.Not.Contain(link.Groups["token"].Value), "the history never stores the token");
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await set.Content.ReadAsStringAsync());
        Assert.That(reused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "the token works once");
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task PasswordReset_SetsANewPassword()
    {
        var plan = await TestPlans.CreateAsync();
        var (customerId, email) = await ContractWithoutPasswordAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await admin.PostAsync($"/api/customers/{customerId}/client-area-invitation", null);
        var sentBefore = ApiServer.Emails.SentTo(email);

        var reset = await ApiServer.Client.PostAsJsonAsync("/api/client/password-reset", new { email = $" {email.ToUpperInvariant()} " });
        var link = InvitationLink().Match(ApiServer.Emails.LastBodyTo(email) ?? string.Empty);
        var set = await ApiServer.Client.PostAsJsonAsync("/api/client/password", new { email, token = WebUtility.UrlDecode(link.Groups["token"].Value), password = "esqueci2027" });
        var login = await ApiServer.Client.PostAsJsonAsync("/api/auth/login", new { email, password = "esqueci2027" });
        var history = await ApiServer.QueryAsync(db => db.EmailMessages.SingleAsync(m => m.To == email && m.Kind == EmailKind.ClientAreaPasswordReset));

        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(ApiServer.Emails.SentTo(email), Is.EqualTo(sentBefore + 1));
        Assert.That(link.Success, Is.True);
        Assert.That(history.Body, Does.Not.Contain(link.Groups["token"].Value), "the history never stores the token");
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await set.Content.ReadAsStringAsync());
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task RepeatedPasswordResets_SendOneEmail()
    {
        var plan = await TestPlans.CreateAsync();
        var (customerId, email) = await ContractWithoutPasswordAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await admin.PostAsync($"/api/customers/{customerId}/client-area-invitation", null);
        var sentBefore = ApiServer.Emails.SentTo(email);

        var statuses = new List<HttpStatusCode>();
        for (var request = 0; request < 5; request++)
        {
            statuses.Add((await ApiServer.Client.PostAsJsonAsync("/api/client/password-reset", new { email })).StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Accepted));
        Assert.That(ApiServer.Emails.SentTo(email), Is.EqualTo(sentBefore + 1), "one link per address within the resend interval");
    }

    [Test]
    public async Task PasswordResetsAtOnce_SendOneEmail()
    {
        var plan = await TestPlans.CreateAsync();
        var (customerId, email) = await ContractWithoutPasswordAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await admin.PostAsync($"/api/customers/{customerId}/client-area-invitation", null);
        var sentBefore = ApiServer.Emails.SentTo(email);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => ApiServer.Client.PostAsJsonAsync("/api/client/password-reset", new { email })));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Accepted));
        Assert.That(ApiServer.Emails.SentTo(email), Is.EqualTo(sentBefore + 1), "requests that arrive together still send one link");
    }

    [Test]
    public async Task PasswordResetOfUnknownEmail_AnswersTheSame()
    {
        var email = $"ninguem-{Guid.NewGuid():N}@example.com";

        var reset = await ApiServer.Client.PostAsJsonAsync("/api/client/password-reset", new { email });
        var invalid = await ApiServer.Client.PostAsJsonAsync("/api/client/password-reset", new { email = "sem-arroba" });

        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "no hint of whether the e-mail has a login");
        Assert.That(ApiServer.Emails.SentTo(email), Is.Zero);
        Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task WithoutSmtp_InvitationIsOnlyRecorded()
    {
        var plan = await TestPlans.CreateAsync();
        var (customerId, email) = await ContractWithoutPasswordAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var sentBefore = ApiServer.Emails.SentTo(email);

        ApiServer.Emails.Delivers = false;
        JsonNode invitation;
        try
        {
            invitation = await CheckoutApi.ReadJsonAsync(await admin.PostAsync($"/api/customers/{customerId}/client-area-invitation", null));
        }
        finally
        {
            ApiServer.Emails.Delivers = true;
        }

        var history = await ApiServer.QueryAsync(db => db.EmailMessages.SingleAsync(m => m.To == email && m.Subject.Contains("Área do Cliente")));
        Assert.That(invitation["status"]!.GetValue<string>(), Is.EqualTo("recorded"));
        Assert.That(history.Status, Is.EqualTo(EmailStatus.Recorded));
        Assert.That(history.SentAt, Is.Null);
        Assert.That(ApiServer.Emails.SentTo(email), Is.EqualTo(sentBefore), "nothing was delivered");
    }

    [Test]
    public async Task WrongToken_IsNamed()
    {
        var response = await ApiServer.Client.PostAsJsonAsync("/api/client/password", new { email = "ninguem@example.com", token = "abc", password = "novaSenha2027" });
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("token"), Is.True, errors.ToJsonString());
    }

    [Test]
    public async Task WeakPassword_IsNamed()
    {
        var response = await ApiServer.Client.PostAsJsonAsync("/api/client/password", new { email = "ninguem@example.com", token = "abc", password = "curta" });
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("password"), Is.True, errors.ToJsonString());
    }

    [Test]
    public async Task Staff_CannotInvite()
    {
        var plan = await TestPlans.CreateAsync();
        var (customerId, _) = await ContractWithoutPasswordAsync(plan);
        using var staff = await AdminClients.SignInAsync(plan.TenantId, role: "staff");

        var response = await staff.PostAsync($"/api/customers/{customerId}/client-area-invitation", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static async Task<(Guid CustomerId, string Email)> ContractWithoutPasswordAsync(TestPlan plan)
    {
        var body = CheckoutApi.PersonBody("pix");
        var email = $"convite-{Guid.NewGuid():N}@example.com";
        body["customer"]!["email"] = email;
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());
        var customerId = await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.CustomerId).SingleAsync());
        return (customerId, email);
    }

    [GeneratedRegex("/client/definir-senha#email=[^&]+&amp;token=(?<token>[^\"]+)\"")]
    private static partial Regex InvitationLink();
}
