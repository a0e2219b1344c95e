using System.Net;
using System.Net.Http.Json;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Tenants;

public sealed class UnitSettingsTests
{
    [Test]
    public async Task NotificationEmail_IsSetAndCleared()
    {
        var plan = await TestPlans.CreateAsync();
        var unitId = plan.UnitId;
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var set = await admin.PutAsJsonAsync($"/api/units/{unitId}/notification-email", new { email = " avisos@coworking.test " });
        var units = (await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/units"))).AsArray();
        var cleared = await CheckoutApi.ReadJsonAsync(await admin.PutAsJsonAsync($"/api/units/{unitId}/notification-email", new { email = (string?)null }));
        var audits = await ApiServer.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == unitId));

        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(units, Has.Count.EqualTo(1), "only the caller's tenant's units");
        Assert.That(units[0]!["notificationEmail"]!.GetValue<string>(), Is.EqualTo("avisos@coworking.test"));
        Assert.That(cleared["notificationEmail"], Is.Null);
        Assert.That(cleared["effectiveNotificationEmail"]!.GetValue<string>(), Is.EqualTo("contato@coworking.test"));
        Assert.That(audits, Is.EqualTo(2));
    }

    [Test]
    public async Task InvalidEmail_IsNamed()
    {
        var plan = await TestPlans.CreateAsync();
        var unitId = plan.UnitId;
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PutAsJsonAsync($"/api/units/{unitId}/notification-email", new { email = "sem-arroba" });
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("email"), Is.True, errors.ToJsonString());
    }

    [Test]
    public async Task MisspeltMember_IsRejectedAndKeepsEmail()
    {
        var plan = await TestPlans.CreateAsync();
        var unitId = plan.UnitId;
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await admin.PutAsJsonAsync($"/api/units/{unitId}/notification-email", new { email = "avisos@coworking.test" });

        var response = await admin.PutAsJsonAsync($"/api/units/{unitId}/notification-email", new { notificationEmail = "outro@coworking.test" });
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();
        var units = (await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/units"))).AsArray();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("notificationEmail"), Is.True, errors.ToJsonString());
        Assert.That(units[0]!["notificationEmail"]!.GetValue<string>(), Is.EqualTo("avisos@coworking.test"));
    }

    [Test]
    public async Task EmptyBody_IsRejectedAndKeepsEmail()
    {
        var plan = await TestPlans.CreateAsync();
        var unitId = plan.UnitId;
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await admin.PutAsJsonAsync($"/api/units/{unitId}/notification-email", new { email = "avisos@coworking.test" });

        var response = await admin.PutAsJsonAsync($"/api/units/{unitId}/notification-email", new { });
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();
        var units = (await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/units"))).AsArray();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("email"), Is.True, errors.ToJsonString());
        Assert.That(units[0]!["notificationEmail"]!.GetValue<string>(), Is.EqualTo("avisos@coworking.test"));
    }

    [Test]
    public async Task Staff_CannotChangeNotificationEmail()
    {
        var plan = await TestPlans.CreateAsync();
        var unitId = plan.UnitId;
        using var staff = await AdminClients.SignInAsync(plan.TenantId, role: "staff");

        var read = await staff.GetAsync("/api/units");
        var change = await staff.PutAsJsonAsync($"/api/units/{unitId}/notification-email", new { email = "avisos@coworking.test" });

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(change.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task AnotherTenantsUnit_IsNotFound()
    {
        var mine = await TestPlans.CreateAsync();
        var theirs = await TestPlans.CreateAsync();
        var theirUnitId = theirs.UnitId;
        using var admin = await AdminClients.SignInAsync(mine.TenantId);

        var response = await admin.PutAsJsonAsync($"/api/units/{theirUnitId}/notification-email", new { email = "avisos@coworking.test" });
        var stored = await ApiServer.QueryAsync(db => db.Units.Where(u => u.Id == theirUnitId).Select(u => u.NotificationEmail).SingleAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(stored, Is.EqualTo("centro@coworking.test"));
    }
}
