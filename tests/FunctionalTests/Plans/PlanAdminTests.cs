using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conexa.Domain.Tenants;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Plans;

public sealed class PlanAdminTests
{
    [Test]
    public async Task CreatePlan_ReturnsPlanWithWorkingLink()
    {
        var existing = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(existing.TenantId);
        var body = PlanBody(existing.UnitId);

        var response = await admin.PostAsJsonAsync("/api/plans", body);
        var plan = await CheckoutApi.ReadJsonAsync(response);
        var checkoutPath = plan["checkoutPath"]!.GetValue<string>();
        var offer = await ApiServer.Client.GetAsync($"/api/public/plans/{checkoutPath["/checkout/".Length..]}");
        var read = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/plans/{plan["id"]}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), plan.ToJsonString());
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/plans/{plan["id"]}"));
        Assert.That(plan["monthlyPrice"]!.GetValue<decimal>(), Is.EqualTo(199.90m));
        Assert.That(plan["activationPolicy"]!.GetValue<string>(), Is.EqualTo("afterFirstPayment"));
        Assert.That(plan["quotas"]![0]!["resource"]!.GetValue<string>(), Is.EqualTo("Sala de reunião"));
        Assert.That(plan["form"]!["password"]!["enabled"]!.GetValue<bool>(), Is.True);
        Assert.That(plan["checkoutUrl"]!.GetValue<string>(), Does.StartWith("http://127.0.0.1:").And.EndWith(checkoutPath));
        Assert.That(offer.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the new link opens the public page");
        Assert.That(read["name"]!.GetValue<string>(), Is.EqualTo("Sala privativa"));
    }

    [Test]
    public async Task CreatePlan_NamesInvalidFields()
    {
        var existing = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(existing.TenantId);
        var body = PlanBody(Guid.NewGuid());
        body["name"] = " ";
        body["monthlyPrice"] = 0;
        body["adhesionFee"] = 10.001m;
        body["paymentOptions"] = new JsonArray(new JsonObject { ["method"] = "pix", ["provider"] = "inter" });
        body["quotas"]![0]!["amount"] = 0;
        body["form"]!["attachments"] = new JsonObject { ["enabled"] = false, ["required"] = true };

        var response = await admin.PostAsJsonAsync("/api/plans", body);
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("name"), Is.True, errors.ToJsonString());
        Assert.That(errors.ContainsKey("unitId"), Is.True, "a unit of no tenant of the caller");
        Assert.That(errors.ContainsKey("monthlyPrice"), Is.True);
        Assert.That(errors.ContainsKey("adhesionFee"), Is.True, "more than two decimal places");
        Assert.That(errors.ContainsKey("paymentOptions[0]"), Is.True, "Inter offers boleto only");
        Assert.That(errors.ContainsKey("quotas[0].amount"), Is.True);
        Assert.That(errors.ContainsKey("form.attachments"), Is.True, "a hidden field cannot be required");
    }

    [Test]
    public async Task CreatePlan_RejectsAnotherTenantsUnit()
    {
        var mine = await TestPlans.CreateAsync();
        var theirs = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(mine.TenantId);

        var response = await admin.PostAsJsonAsync("/api/plans", PlanBody(theirs.UnitId));
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("unitId"), Is.True, errors.ToJsonString());
    }

    [Test]
    public async Task UpdatePlan_ReplacesFieldsAndKeepsLink()
    {
        var existing = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(existing.TenantId);
        var body = PlanBody(existing.UnitId);
        body["activationPolicy"] = "immediate";
        body["paymentOptions"] = new JsonArray(new JsonObject { ["method"] = "boleto", ["provider"] = "efi" });

        var response = await admin.PutAsJsonAsync($"/api/plans/{existing.PlanId}", body);
        var plan = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), plan.ToJsonString());
        Assert.That(plan["name"]!.GetValue<string>(), Is.EqualTo("Sala privativa"));
        Assert.That(plan["checkoutPath"]!.GetValue<string>(), Is.EqualTo($"/checkout/{existing.LinkToken}"));
        Assert.That(plan["warnings"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("boleto-immediate-access"));
    }

    [Test]
    public async Task UpdateWithoutForm_IsRejectedAndKeepsPlan()
    {
        var existing = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(existing.TenantId);
        await admin.PutAsJsonAsync($"/api/plans/{existing.PlanId}", PlanBody(existing.UnitId));
        var body = PlanBody(existing.UnitId);
        body.Remove("form");
        body["name"] = "Outro nome";

        var response = await admin.PutAsJsonAsync($"/api/plans/{existing.PlanId}", body);
        var problem = await CheckoutApi.ReadJsonAsync(response);
        var plan = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/plans/{existing.PlanId}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!.AsObject().ContainsKey("form"), Is.True, problem.ToJsonString());
        Assert.That(plan["name"]!.GetValue<string>(), Is.EqualTo("Sala privativa"));
        Assert.That(plan["form"]!["password"]!["enabled"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task FormWithoutAField_IsRejected()
    {
        var existing = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(existing.TenantId);
        var body = PlanBody(existing.UnitId);
        body["form"]!.AsObject().Remove("password");

        var response = await admin.PutAsJsonAsync($"/api/plans/{existing.PlanId}", body);
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!.AsObject().ContainsKey("form.password"), Is.True, problem.ToJsonString());
    }

    [Test]
    public async Task ContractTemplate_IsSavedAndChecked()
    {
        var existing = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(existing.TenantId);
        var body = PlanBody(existing.UnitId);
        body["contractTemplate"] = "Contrato de {cliente} ({documento}) para o plano {plano}.";
        var wrong = PlanBody(existing.UnitId);
        wrong["contractTemplate"] = "Contrato de {cliente} com {desconto}.";

        var saved = await CheckoutApi.ReadJsonAsync(await admin.PostAsJsonAsync("/api/plans", body));
        var read = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/plans/{saved["id"]}"));
        var rejected = await admin.PostAsJsonAsync("/api/plans", wrong);
        var problem = await CheckoutApi.ReadJsonAsync(rejected);

        Assert.That(read["contractTemplate"]!.GetValue<string>(), Is.EqualTo("Contrato de {cliente} ({documento}) para o plano {plano}."));
        Assert.That(read["contractPlaceholders"]!.AsArray().Select(p => p!.GetValue<string>()), Does.Contain("cliente").And.Contain("mensalidade"));
        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!["contractTemplate"]![0]!.GetValue<string>(), Does.Contain("{desconto}"));
    }

    [Test]
    public async Task RegeneratedLink_InvalidatesOldOne()
    {
        var existing = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(existing.TenantId);

        var response = await admin.PostAsync($"/api/plans/{existing.PlanId}/link", null);
        var plan = await CheckoutApi.ReadJsonAsync(response);
        var newToken = plan["checkoutPath"]!.GetValue<string>()["/checkout/".Length..];
        var oldLink = await ApiServer.Client.GetAsync($"/api/public/plans/{existing.LinkToken}");
        var newLink = await ApiServer.Client.GetAsync($"/api/public/plans/{newToken}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(newToken, Is.Not.EqualTo(existing.LinkToken));
        Assert.That(oldLink.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(newLink.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Deactivation_ClosesLinkUntilActivation()
    {
        var existing = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(existing.TenantId);

        var deactivated = await CheckoutApi.ReadJsonAsync(await admin.PostAsync($"/api/plans/{existing.PlanId}/deactivation", null));
        var closed = await ApiServer.Client.GetAsync($"/api/public/plans/{existing.LinkToken}");
        var activated = await CheckoutApi.ReadJsonAsync(await admin.PostAsync($"/api/plans/{existing.PlanId}/activation", null));
        var reopened = await ApiServer.Client.GetAsync($"/api/public/plans/{existing.LinkToken}");
        var audits = await ApiServer.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == existing.PlanId));

        Assert.That(deactivated["isActive"]!.GetValue<bool>(), Is.False);
        Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(activated["isActive"]!.GetValue<bool>(), Is.True);
        Assert.That(reopened.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(audits, Is.EqualTo(2), "each change is audited");
    }

    [Test]
    public async Task Staff_ReadsPlanButCannotChangeIt()
    {
        var existing = await TestPlans.CreateAsync();
        using var staff = await AdminClients.SignInAsync(existing.TenantId, role: "staff");
        var body = PlanBody(existing.UnitId);

        var read = await staff.GetAsync($"/api/plans/{existing.PlanId}");
        var changes = new[]
        {
            await staff.PostAsJsonAsync("/api/plans", body),
            await staff.PutAsJsonAsync($"/api/plans/{existing.PlanId}", body),
            await staff.PostAsync($"/api/plans/{existing.PlanId}/deactivation", null),
            await staff.PostAsync($"/api/plans/{existing.PlanId}/activation", null),
            await staff.PostAsync($"/api/plans/{existing.PlanId}/link", null),
        };

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        foreach (var change in changes)
        {
            Assert.That(change.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), change.RequestMessage!.RequestUri!.ToString());
        }
    }

    [Test]
    public async Task AnotherTenantsPlan_IsNotFound()
    {
        var mine = await TestPlans.CreateAsync();
        var theirs = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(mine.TenantId);

        var read = await admin.GetAsync($"/api/plans/{theirs.PlanId}");
        var update = await admin.PutAsJsonAsync($"/api/plans/{theirs.PlanId}", PlanBody(mine.UnitId));
        var regenerate = await admin.PostAsync($"/api/plans/{theirs.PlanId}/link", null);
        var theirLink = await ApiServer.Client.GetAsync($"/api/public/plans/{theirs.LinkToken}");

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(regenerate.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(theirLink.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the other tenant's link is unchanged");
    }

    [Test]
    public async Task LightTenant_PlanRoutesOfferUpgrade()
    {
        var existing = await TestPlans.CreateAsync(tier: SubscriptionTier.Light);
        using var admin = await AdminClients.SignInAsync(existing.TenantId);

        var read = await admin.GetAsync($"/api/plans/{existing.PlanId}");
        var create = await admin.PostAsJsonAsync("/api/plans", PlanBody(existing.UnitId));
        var problem = await CheckoutApi.ReadJsonAsync(create);

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("feature-unavailable"));
    }

    public static JsonObject PlanBody(Guid unitId) => new()
    {
        ["name"] = "Sala privativa",
        ["description"] = "Sala para quatro pessoas",
        ["unitId"] = unitId,
        ["monthlyPrice"] = 199.90m,
        ["adhesionFee"] = 50m,
        ["activationPolicy"] = "afterFirstPayment",
        ["quotas"] = new JsonArray(new JsonObject { ["resource"] = "Sala de reunião", ["amount"] = 4, ["unit"] = "horas" }),
        ["paymentOptions"] = new JsonArray(
            new JsonObject { ["method"] = "pix", ["provider"] = "efi" },
            new JsonObject { ["method"] = "card", ["provider"] = "efi" }),
        ["form"] = new JsonObject
        {
            ["password"] = new JsonObject { ["enabled"] = true, ["required"] = false },
            ["address"] = new JsonObject { ["enabled"] = true, ["required"] = true },
            ["phone"] = new JsonObject { ["enabled"] = true, ["required"] = true },
            ["companyData"] = new JsonObject { ["enabled"] = false, ["required"] = false },
            ["attachments"] = new JsonObject { ["enabled"] = false, ["required"] = false },
        },
        ["contractTemplate"] = null,
    };
}
