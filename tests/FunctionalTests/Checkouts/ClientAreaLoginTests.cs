using System.Net;
using System.Net.Http.Json;
using Conexa.Domain.Plans;
using Conexa.FunctionalTests.Support;
using Conexa.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Checkouts;

public sealed class ClientAreaLoginTests
{
    private static readonly FormConfiguration PasswordOffered = FormConfiguration.Default with { Password = FormField.Optional };

    [Test]
    public async Task PasswordSet_CreatesALoginThatSignsIn()
    {
        var plan = await TestPlans.CreateAsync(form: PasswordOffered);
        var body = CheckoutApi.PersonBody("pix");
        var email = $"maria-{Guid.NewGuid():N}@example.com";
        body["customer"]!["email"] = email;
        body["customer"]!["password"] = "senha2026segura";

        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
        var login = await ApiServer.Client.PostAsJsonAsync("/api/auth/login", new { email, password = "senha2026segura" });

        Assert.That(checkout["clientAreaEnabled"]!.GetValue<bool>(), Is.True);
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await using var scope = ApiServer.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        Assert.That(user!.TenantId, Is.EqualTo(plan.TenantId));
        Assert.That(user.CustomerId, Is.Not.Null);
    }

    [Test]
    public async Task ReturningCustomer_PasswordCreatesNoLogin()
    {
        var plan = await TestPlans.CreateAsync(form: PasswordOffered);
        var first = CheckoutApi.PersonBody("pix");
        var email = $"maria-{Guid.NewGuid():N}@example.com";
        first["customer"]!["email"] = email;
        await CheckoutApi.SubmitAsync(plan.LinkToken, first, Guid.NewGuid().ToString());
        var second = CheckoutApi.PersonBody("pix");
        second["customer"]!["email"] = $"outra-{Guid.NewGuid():N}@example.com";
        second["customer"]!["password"] = "senha2026segura";

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, second, Guid.NewGuid().ToString());
        var checkout = await CheckoutApi.ReadJsonAsync(response);
        var login = await ApiServer.Client.PostAsJsonAsync("/api/auth/login", new { email, password = "senha2026segura" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(checkout["clientAreaEnabled"]!.GetValue<bool>(), Is.False);
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the same CPF must not set the password of the e-mail on file");
        await using var scope = ApiServer.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email), Is.Null);
    }

    [Test]
    public async Task PasswordNotOffered_IsRejectedCreatingNoLogin()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody("pix");
        var email = $"maria-{Guid.NewGuid():N}@example.com";
        body["customer"]!["email"] = email;
        body["customer"]!["password"] = "senha2026segura";

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var problem = await CheckoutApi.ReadJsonAsync(response);
        var checkouts = await ApiServer.QueryAsync(db => db.Checkouts.CountAsync(c => c.TenantId == plan.TenantId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a dropped password would leave the customer believing a login exists");
        Assert.That(problem["errors"]!["customer.password"]![0]!.GetValue<string>(), Does.Contain("não cria acesso à área do cliente"));
        Assert.That(checkouts, Is.Zero);
        await using var scope = ApiServer.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email), Is.Null);
    }

    [Test]
    public async Task WeakPassword_IsRejectedBeforeAnythingIsStored()
    {
        var plan = await TestPlans.CreateAsync(form: PasswordOffered);
        var body = CheckoutApi.PersonBody("pix");
        body["customer"]!["password"] = "abcdefgh";

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("customer.password"), Is.True);
    }
}
