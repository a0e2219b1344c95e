using System.Net;
using System.Net.Http.Json;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Security;

public sealed class SecurityTests
{
    /// <summary>The API's sign-in limits: failures from one address to one e-mail, and failures that lock the account.</summary>
    private const int FailuresPerAddress = 5;
    private const int FailuresPerAccount = 50;

    [Test]
    public async Task Login_WithoutPassword_NamesTheField()
    {
        var response = await ApiServer.Client.PostAsJsonAsync("/api/auth/login", new { email = "ninguem@coworking.test" });
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("password"), Is.True, errors.ToJsonString());
        Assert.That(errors.ContainsKey("email"), Is.False);
    }

    [Test]
    public async Task WrongPasswords_BlockTheAddressNotTheAccount()
    {
        var plan = await TestPlans.CreateAsync();
        var email = await AdminClients.CreateUserAsync(plan.TenantId);
        var guesser = LoopbackClients.From("127.0.0.40");
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var wrong = await guesser.PostAsJsonAsync("/api/auth/login", new { email, password = $"errada-{attempt}" });
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        var guesserWithThePassword = await guesser.PostAsJsonAsync("/api/auth/login", new { email, password = AdminClients.Password });
        var owner = await LoopbackClients.From("127.0.0.41").PostAsJsonAsync("/api/auth/login", new { email, password = AdminClients.Password });

        Assert.That(guesserWithThePassword.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the guessing address stays blocked");
        Assert.That(owner.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the account is not locked");
    }

    [Test]
    public async Task WrongPasswordsAtOnce_CountedPerAttempt()
    {
        var plan = await TestPlans.CreateAsync();
        var email = await AdminClients.CreateUserAsync(plan.TenantId);
        var guesser = LoopbackClients.From("127.0.0.42");

        var burst = await Task.WhenAll(Enumerable.Range(0, 20).Select(attempt => guesser.PostAsJsonAsync("/api/auth/login", new { email, password = $"errada-{attempt}" })));
        var guesserWithThePassword = await guesser.PostAsJsonAsync("/api/auth/login", new { email, password = AdminClients.Password });
        var failuresChecked = await ApiServer.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.AccessFailedCount).SingleAsync());

        Assert.That(burst.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(failuresChecked, Is.EqualTo(FailuresPerAddress), "only the address's first five attempts reached the password check");
        Assert.That(guesserWithThePassword.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the address is blocked");
    }

    [Test]
    public async Task RightPasswordsAtOnce_AllSignIn()
    {
        var plan = await TestPlans.CreateAsync();
        var email = await AdminClients.CreateUserAsync(plan.TenantId);
        var owner = LoopbackClients.From("127.0.0.44");

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => owner.PostAsJsonAsync("/api/auth/login", new { email, password = AdminClients.Password })));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK), "a right password is never counted against the address");
    }

    [Test]
    public async Task WrongPasswordsFromManyAddresses_LockTheAccount()
    {
        var plan = await TestPlans.CreateAsync();
        var email = await AdminClients.CreateUserAsync(plan.TenantId);
        var addresses = Enumerable.Range(50, FailuresPerAccount / FailuresPerAddress).Select(n => $"127.0.0.{n}").ToList();

        await Task.WhenAll(addresses.SelectMany(address => Enumerable.Range(0, FailuresPerAddress)
            .Select(attempt => LoopbackClients.From(address).PostAsJsonAsync("/api/auth/login", new { email, password = $"errada-{attempt}" }))));
        var lockoutEnd = await ApiServer.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
        var owner = await LoopbackClients.From("127.0.0.49").PostAsJsonAsync("/api/auth/login", new { email, password = AdminClients.Password });

        Assert.That(lockoutEnd, Is.Not.Null, "every failure counted toward the lockout, though they came at once");
        Assert.That(owner.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task LookAlikeEmail_SharesTheBlock()
    {
        var plan = await TestPlans.CreateAsync();
        var email = await AdminClients.CreateUserAsync(plan.TenantId);
        var guesser = LoopbackClients.From("127.0.0.43");
        for (var attempt = 0; attempt < FailuresPerAddress; attempt++)
        {
            await guesser.PostAsJsonAsync("/api/auth/login", new { email, password = $"errada-{attempt}" });
        }

        // The Kelvin sign (U+212A) normalizes to "K", so Identity finds the same account through it.
        var lookAlike = email.Replace("coworking", "cowor\u212Aing", StringComparison.Ordinal);
        var response = await guesser.PostAsJsonAsync("/api/auth/login", new { email = lookAlike, password = AdminClients.Password });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the same e-mail written another way gets no new tries");
    }

    [Test]
    public async Task CheckoutPage_HasSecurityHeaders()
    {
        var response = await ApiServer.Client.GetAsync("/checkout/any-link");

        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
        Assert.That(string.Join(" ", response.Headers.GetValues("Content-Security-Policy")), Does.Contain("frame-ancestors 'none'"));
    }

    [Test]
    public async Task CrossOriginRequest_GetsNoCorsHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/public/plans/any");
        request.Headers.Add("Origin", "https://elsewhere.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await ApiServer.Client.SendAsync(request);

        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task OversizedBody_IsRejected()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody();
        body["customer"]!["name"] = new string('a', 2_000_000);

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task Webhooks_AreRateLimitedPerClient()
    {
        var databasePath = ApiServer.NewDatabasePath();
        var app = await ApiServer.BuildAsync(databasePath, new Dictionary<string, string?> { ["RateLimiting:WebhookPermitsPerMinute"] = "2" });
        try
        {
            await Conexa.Api.Hosting.ApiHost.StartAsync(app);
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 4; i++)
            {
                using var response = await client.PostAsync("/api/webhooks/efi", new FormUrlEncodedContent([new("other", "x")]));
                statuses.Add(response.StatusCode);
            }

            var publicRoute = await client.GetAsync("/api/public/plans/any-link");

            Assert.That(statuses.Take(2), Is.All.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(statuses.Skip(2), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(publicRoute.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the public routes count separately");
        }
        finally
        {
            await app.DisposeAsync();
            ApiServer.DeleteDatabase(databasePath);
        }
    }

    [Test]
    public async Task PublicRoutes_AreRateLimitedPerClient()
    {
        var databasePath = ApiServer.NewDatabasePath();
        var app = await ApiServer.BuildAsync(databasePath, new Dictionary<string, string?> { ["RateLimiting:PublicPermitsPerMinute"] = "3" });
        try
        {
            await Conexa.Api.Hosting.ApiHost.StartAsync(app);
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

            var statuses = new List<HttpStatusCode>();
            HttpResponseMessage? last = null;
            for (var i = 0; i < 5; i++)
            {
                last = await client.GetAsync("/api/public/plans/any-link");
                statuses.Add(last.StatusCode);
            }

            Assert.That(statuses.Take(3), Is.All.EqualTo(HttpStatusCode.NotFound));
            Assert.That(statuses.Skip(3), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(last!.Headers.RetryAfter, Is.Not.Null);
            Assert.That(last.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            ApiServer.DeleteDatabase(databasePath);
        }
    }

    [Test]
    public async Task TrustedProxy_RateLimitsEachForwardedClient()
    {
        var databasePath = ApiServer.NewDatabasePath();
        var app = await ApiServer.BuildAsync(databasePath, new Dictionary<string, string?>
        {
            ["RateLimiting:PublicPermitsPerMinute"] = "1",
            ["ForwardedHeaders:KnownProxies"] = "127.0.0.1",
        });
        try
        {
            await Conexa.Api.Hosting.ApiHost.StartAsync(app);
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

            var first = await SendAsForwardedClientAsync(client, "203.0.113.10");
            var other = await SendAsForwardedClientAsync(client, "203.0.113.11");
            var firstAgain = await SendAsForwardedClientAsync(client, "203.0.113.10");

            Assert.That(first, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(other, Is.EqualTo(HttpStatusCode.NotFound), "another client behind the proxy has its own limit");
            Assert.That(firstAgain, Is.EqualTo(HttpStatusCode.TooManyRequests));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            ApiServer.DeleteDatabase(databasePath);
        }
    }

    private static async Task<HttpStatusCode> SendAsForwardedClientAsync(HttpClient client, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/public/plans/any-link");
        request.Headers.Add("X-Forwarded-For", address);
        return (await client.SendAsync(request)).StatusCode;
    }
}
