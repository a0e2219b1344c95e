using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conexa.Domain.Plans;
using Conexa.Domain.Tenants;
using Conexa.FunctionalTests.Plans;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Tenants;

public sealed class ReadinessTests
{
    [Test]
    public async Task MissingPlan_IsReportedThenOkAfterCreation()
    {
        var (tenantId, unitId) = await ApiServer.QueryAsync(async db =>
        {
            var tenant = Tenant.Create($"Coworking {Guid.NewGuid():N}", SubscriptionTier.Pro, "contato@coworking.test");
            var unit = Unit.Create(tenant.Id, "Unidade Centro", null);
            db.AddRange(tenant, unit);
            await db.SaveChangesAsync();
            return (tenant.Id, unit.Id);
        });
        using var admin = await AdminClients.SignInAsync(tenantId);

        var before = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/tenant/readiness"));
        var created = await admin.PostAsJsonAsync("/api/plans", PlanAdminTests.PlanBody(unitId));
        var after = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/tenant/readiness"));

        Assert.That(before["ready"]!.GetValue<bool>(), Is.False);
        Assert.That(Item(before, "active-plan")["status"]!.GetValue<string>(), Is.EqualTo("missing"));
        Assert.That(Item(before, "active-plan")["fixPath"]!.GetValue<string>(), Is.EqualTo("/admin/planos"));
        Assert.That(Item(before, "payment-integration")["status"]!.GetValue<string>(), Is.EqualTo("missing"));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(after["ready"]!.GetValue<bool>(), Is.True, after.ToJsonString());
        Assert.That(Item(after, "active-plan")["status"]!.GetValue<string>(), Is.EqualTo("ok"));
        Assert.That(Item(after, "payment-integration")["status"]!.GetValue<string>(), Is.EqualTo("ok"));
        Assert.That(Item(after, "notification-email")["message"]!.GetValue<string>(), Does.Contain("contato@coworking.test"));
        Assert.That(Item(after, "signature")["optional"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task InterBoletoOnly_ReadyWithInterSandbox()
    {
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.Immediate);
        await ApiServer.QueryAsync(async db =>
        {
            var stored = await db.Plans.SingleAsync(p => p.Id == plan.PlanId);
            stored.SetPaymentOptions([new PaymentOption(PaymentMethod.Boleto, PaymentProvider.Inter)]);
            return await db.SaveChangesAsync();
        });
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var readiness = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/tenant/readiness"));

        Assert.That(Item(readiness, "payment-integration")["status"]!.GetValue<string>(), Is.EqualTo("ok"), "the test host runs the Inter sandbox");
        Assert.That(readiness["warnings"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("boleto-immediate-access"));
        Assert.That(readiness["warnings"]![0]!["planId"]!.GetValue<Guid>(), Is.EqualTo(plan.PlanId));
    }

    [Test]
    public async Task LightTenant_ReportsTierMissing()
    {
        var plan = await TestPlans.CreateAsync(tier: SubscriptionTier.Light);
        using var staff = await AdminClients.SignInAsync(plan.TenantId, role: "staff");

        var response = await staff.GetAsync("/api/tenant/readiness");
        var readiness = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the checklist is open to every tier");
        Assert.That(readiness["ready"]!.GetValue<bool>(), Is.False);
        Assert.That(Item(readiness, "tier")["status"]!.GetValue<string>(), Is.EqualTo("missing"));
        Assert.That(Item(readiness, "tier")["fixPath"]!.GetValue<string>(), Is.EqualTo("/admin/configuracoes"));
    }

    private static JsonNode Item(JsonNode readiness, string code) =>
        readiness["items"]!.AsArray().Single(i => i!["code"]!.GetValue<string>() == code)!;
}
