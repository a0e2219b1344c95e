using System.Net;
using Conexa.Domain.Tenants;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Tenants;

public sealed class OnlineContractingOfferTests
{
    [Test]
    public async Task LightTenant_FeatureRoutesAreForbidden()
    {
        var plan = await TestPlans.CreateAsync(tier: SubscriptionTier.Light);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var plans = await admin.GetAsync("/api/plans");
        var contracts = await admin.GetAsync("/api/contracts");
        var problem = await CheckoutApi.ReadJsonAsync(plans);

        Assert.That(plans.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(contracts.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("feature-unavailable"));
        Assert.That(problem["upgradePath"]!.GetValue<string>(), Does.Contain("Quero esta oferta"));
    }

    [Test]
    public async Task AcceptingTheOffer_UpgradesToProAndAudits()
    {
        var plan = await TestPlans.CreateAsync(tier: SubscriptionTier.Light);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var before = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/tenant"));
        var accepted = await admin.PostAsync("/api/tenant/online-contracting-offer", null);
        var after = await CheckoutApi.ReadJsonAsync(accepted);
        var plans = await admin.GetAsync("/api/plans");
        var publicOffer = await ApiServer.Client.GetAsync($"/api/public/plans/{plan.LinkToken}");
        var audit = await ApiServer.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == plan.TenantId && a.Action == "tenant.upgraded"));

        Assert.That(before["tier"]!.GetValue<string>(), Is.EqualTo("light"));
        Assert.That(before["onlineContractingOffered"]!.GetValue<bool>(), Is.True);
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after["tier"]!.GetValue<string>(), Is.EqualTo("pro"));
        Assert.That(plans.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(publicOffer.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the public link works after the upgrade");
        Assert.That(audit.Actor, Does.StartWith("user:"));
    }

    [Test]
    public async Task AcceptingTwice_ChangesNothingMore()
    {
        var plan = await TestPlans.CreateAsync(tier: SubscriptionTier.Light);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        await admin.PostAsync("/api/tenant/online-contracting-offer", null);
        var second = await admin.PostAsync("/api/tenant/online-contracting-offer", null);
        var audits = await ApiServer.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == plan.TenantId && a.Action == "tenant.upgraded"));

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(audits, Is.EqualTo(1));
    }

    [Test]
    public async Task Tenant_SaysWhetherTheUserMayChangeSettings()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        using var staff = await AdminClients.SignInAsync(plan.TenantId, role: "staff");

        var asAdmin = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/tenant"));
        var asStaff = await CheckoutApi.ReadJsonAsync(await staff.GetAsync("/api/tenant"));

        Assert.That(asAdmin["canChangeSettings"]!.GetValue<bool>(), Is.True);
        Assert.That(asStaff["canChangeSettings"]!.GetValue<bool>(), Is.False);
    }
}
