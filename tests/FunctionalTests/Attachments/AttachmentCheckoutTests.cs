using System.Net;
using System.Text.Json.Nodes;
using Conexa.Application.Attachments.Shared;
using Conexa.Application.Billing;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Attachments;

/// <summary>Files named in a checkout: binding to the contract, the quota before payment, and the admin's download.</summary>
public sealed class AttachmentCheckoutTests
{
    [Test]
    public async Task Checkout_BindsFile_AdminDownloadsSameBytes()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var content = AttachmentApi.Pdf(4096);
        var attachmentId = await AttachmentApi.UploadIdAsync(plan.LinkToken, content, "Contrato social.pdf");

        var checkout = await SubmitAsync(plan, attachmentId);
        var contractId = checkout["contractId"]!.GetValue<string>();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var contract = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}"));
        var download = await admin.GetAsync($"/api/contracts/{contractId}/attachments/{attachmentId}");

        var listed = contract["attachments"]!.AsArray();
        Assert.That(listed, Has.Count.EqualTo(1));
        Assert.That(listed[0]!["id"]!.GetValue<string>(), Is.EqualTo(attachmentId));
        Assert.That(listed[0]!["fileName"]!.GetValue<string>(), Is.EqualTo("Contrato social.pdf"));
        Assert.That(listed[0]!["size"]!.GetValue<long>(), Is.EqualTo(4096));
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(download.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(download.Content.Headers.ContentDisposition!.DispositionType, Is.EqualTo("attachment"));
        Assert.That(download.Content.Headers.ContentDisposition.FileNameStar, Is.EqualTo("Contrato social.pdf"));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(content));
        var bound = await ApiServer.QueryAsync(db => db.Attachments.SingleAsync(a => a.Id == Guid.Parse(attachmentId)));
        Assert.That(bound.ContractId, Is.EqualTo(Guid.Parse(contractId)));
    }

    [Test]
    public async Task EmojiFileName_KeptForDownload()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var attachmentId = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(600), "RG \U0001F4C4.pdf");

        var checkout = await SubmitAsync(plan, attachmentId);
        var contractId = checkout["contractId"]!.GetValue<string>();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var contract = await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/contracts/{contractId}"));
        var download = await admin.GetAsync($"/api/contracts/{contractId}/attachments/{attachmentId}");

        Assert.That(contract["attachments"]![0]!["fileName"]!.GetValue<string>(), Is.EqualTo("RG \U0001F4C4.pdf"));
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(download.Content.Headers.ContentDisposition!.FileNameStar, Is.EqualTo("RG \U0001F4C4.pdf"));
    }

    [Test]
    public async Task Checkout_ReplayedKey_ReturnsSameCheckout()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var attachmentId = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(500), "rg.pdf");
        var key = Guid.NewGuid().ToString();

        var first = await CheckoutApi.SubmitAsync(plan.LinkToken, BodyWith(attachmentId), key);
        var replay = await CheckoutApi.SubmitAsync(plan.LinkToken, BodyWith(attachmentId), key);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.OK), await replay.Content.ReadAsStringAsync());
        Assert.That(
            (await CheckoutApi.ReadJsonAsync(replay))["checkoutId"]!.GetValue<string>(),
            Is.EqualTo((await CheckoutApi.ReadJsonAsync(first))["checkoutId"]!.GetValue<string>()));
    }

    [Test]
    public async Task Checkout_QuotaExceeded_RejectedBeforePayment()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var attachmentId = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(3000), "rg.pdf");
        await StorageQuotas.SetAsync(plan, 2000);
        var cobsBefore = ApiServer.Sandbox.Cobs.Count;
        var chargesBefore = ApiServer.Sandbox.Charges.Count;

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, BodyWith(attachmentId), Guid.NewGuid().ToString());
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), problem.ToJsonString());
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/storage-quota-exceeded"));
        Assert.That(problem["errors"]!["attachmentIds"]![0]!.GetValue<string>(), Does.Contain("nada foi cobrado"));
        Assert.That(await ApiServer.QueryAsync(db => db.Contracts.CountAsync(c => c.TenantId == plan.TenantId)), Is.Zero);
        Assert.That(await ApiServer.QueryAsync(db => db.Charges.CountAsync(c => c.TenantId == plan.TenantId)), Is.Zero);
        Assert.That(await ApiServer.QueryAsync(db => db.Checkouts.CountAsync(c => c.TenantId == plan.TenantId)), Is.Zero);
        Assert.That(ApiServer.Sandbox.Cobs, Has.Count.EqualTo(cobsBefore));
        Assert.That(ApiServer.Sandbox.Charges, Has.Count.EqualTo(chargesBefore));
        var attachment = await ApiServer.QueryAsync(db => db.Attachments.SingleAsync(a => a.Id == Guid.Parse(attachmentId)));
        Assert.That(attachment.ContractId, Is.Null);
    }

    [Test]
    public async Task ConcurrentCheckouts_StayWithinQuota()
    {
        // Six new customers, so no checkout saves again for a customer that another one registered first.
        string[] documents = ["390.533.447-05", "714.602.380-01", "862.145.903-51", "248.113.560-12", "935.672.018-59", "406.271.839-13"];
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var bodies = new List<JsonObject>();
        foreach (var document in documents)
        {
            var body = CheckoutApi.PersonBody(document: document);
            var attachmentId = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(3000), "rg.pdf");
            body["attachmentIds"] = new JsonArray(attachmentId);
            bodies.Add(body);
        }

        // Room for two of the six files.
        await StorageQuotas.SetAsync(plan, 6500);

        var responses = await Task.WhenAll(bodies.Select(body => CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString())));
        var boundBytes = await ApiServer.QueryAsync(db => db.Attachments
            .Where(a => a.TenantId == plan.TenantId && a.ContractId != null)
            .Select(a => a.SizeBytes)
            .ToListAsync());

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(2));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity), Is.EqualTo(4));
        Assert.That(boundBytes.Sum(), Is.EqualTo(6000));
    }

    [Test]
    public async Task ConcurrentCheckoutsOfOneFile_OneBindsIt()
    {
        string[] documents = ["390.533.447-05", "714.602.380-01", "862.145.903-51", "248.113.560-12", "935.672.018-59", "406.271.839-13"];
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var attachmentId = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(800), "rg.pdf");

        var responses = await Task.WhenAll(documents.Select(document =>
        {
            var body = CheckoutApi.PersonBody(document: document);
            body["attachmentIds"] = new JsonArray(attachmentId);
            return CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        }));
        var losers = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        var problems = await Task.WhenAll(losers.Select(CheckoutApi.ReadJsonAsync));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        Assert.That(losers.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problems.Select(p => p["errors"]?["attachmentIds[0]"]), Is.All.Not.Null, "each loser is told which file to send again");
        Assert.That(await ApiServer.QueryAsync(db => db.Contracts.CountAsync(c => c.TenantId == plan.TenantId)), Is.EqualTo(1));
    }

    [Test]
    public async Task CancelledUnpaidContract_FreesItsQuota()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        await StorageQuotas.SetAsync(plan, 5000);
        var firstFile = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(3000), "rg.pdf");
        var first = await SubmitAsync(plan, firstFile);
        var firstContractId = Guid.Parse(first["contractId"]!.GetValue<string>());
        await ApiServer.QueryAsync(async db =>
        {
            var contract = await db.Contracts.SingleAsync(c => c.Id == firstContractId);
            contract.CancelUnpaid(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var storage = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/tenant/storage"));
        var secondFile = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(3000), "cnh.pdf");
        var secondBody = CheckoutApi.PersonBody(document: "390.533.447-05");
        secondBody["attachmentIds"] = new JsonArray(secondFile);
        var second = await CheckoutApi.SubmitAsync(plan.LinkToken, secondBody, Guid.NewGuid().ToString());

        Assert.That(storage["usedBytes"]!.GetValue<long>(), Is.Zero, "the cancelled contract's file no longer counts");
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created), await second.Content.ReadAsStringAsync());

        await using (var scope = ApiServer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OverdueRunner>().RunAsync(CancellationToken.None, plan.TenantId);
        }

        var remainingContractIds = await ApiServer.QueryAsync(db => db.Attachments.Where(a => a.TenantId == plan.TenantId).Select(a => a.ContractId).ToListAsync());
        var audit = await ApiServer.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == firstContractId && a.Action == "contract.attachments-deleted"));
        Assert.That(remainingContractIds, Has.Count.EqualTo(1), "the overdue run deleted the cancelled contract's file");
        Assert.That(remainingContractIds[0], Is.Not.EqualTo(firstContractId));
        Assert.That(audit, Is.EqualTo(1));
    }

    [Test]
    public async Task UnlimitedModule_LiftsQuota()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        await StorageQuotas.SetAsync(plan, 1000);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var rejected = await AttachmentApi.UploadAsync(plan.LinkToken, AttachmentApi.Pdf(3000), "rg.pdf");

        var enabled = await admin.PostAsync("/api/tenant/unlimited-files", null);
        var storage = await CheckoutApi.ReadJsonAsync(enabled);
        var attachmentId = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(3000), "rg.pdf");
        var checkout = await CheckoutApi.SubmitAsync(plan.LinkToken, BodyWith(attachmentId), Guid.NewGuid().ToString());
        var after = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/tenant/storage"));

        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(enabled.StatusCode, Is.EqualTo(HttpStatusCode.OK), storage.ToJsonString());
        Assert.That(storage["unlimited"]!.GetValue<bool>(), Is.True);
        Assert.That(storage["quotaBytes"], Is.Null);
        Assert.That(checkout.StatusCode, Is.EqualTo(HttpStatusCode.Created), await checkout.Content.ReadAsStringAsync());
        Assert.That(after["usedBytes"]!.GetValue<long>(), Is.EqualTo(3000));
        var audit = await ApiServer.QueryAsync(db => db.AuditEntries.CountAsync(a => a.TenantId == plan.TenantId && a.Action == "tenant.unlimited-files-enabled"));
        Assert.That(audit, Is.EqualTo(1));
    }

    [Test]
    public async Task Storage_StaffReadsButCannotEnableModule()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Png(1500), "foto.png");
        using var staff = await AdminClients.SignInAsync(plan.TenantId, role: "staff");

        var storage = await staff.GetAsync("/api/tenant/storage");
        var body = await CheckoutApi.ReadJsonAsync(storage);
        var enable = await staff.PostAsync("/api/tenant/unlimited-files", null);

        Assert.That(storage.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body["usedBytes"]!.GetValue<long>(), Is.Zero, "no checkout used the upload yet");
        Assert.That(body["pendingBytes"]!.GetValue<long>(), Is.EqualTo(1500));
        Assert.That(body["quotaBytes"]!.GetValue<long>(), Is.EqualTo(100L * 1024 * 1024));
        Assert.That(body["unlimited"]!.GetValue<bool>(), Is.False);
        Assert.That(enable.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Download_OtherTenant_NotFound()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var attachmentId = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(800), "rg.pdf");
        var contractId = (await SubmitAsync(plan, attachmentId))["contractId"]!.GetValue<string>();
        var other = await TestPlans.CreateAsync();
        using var otherAdmin = await AdminClients.SignInAsync(other.TenantId);
        var otherContractId = (await SubmitAsync(other))["contractId"]!.GetValue<string>();
        using var owner = await AdminClients.SignInAsync(plan.TenantId);

        var foreign = await otherAdmin.GetAsync($"/api/contracts/{contractId}/attachments/{attachmentId}");
        var wrongContract = await otherAdmin.GetAsync($"/api/contracts/{otherContractId}/attachments/{attachmentId}");
        var own = await owner.GetAsync($"/api/contracts/{contractId}/attachments/{attachmentId}");

        Assert.That(foreign.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(wrongContract.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Checkout_RequiredAttachmentMissing_Rejected400()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments(required: true));

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody(), Guid.NewGuid().ToString());
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["errors"]!["attachmentIds"]![0]!.GetValue<string>(), Is.EqualTo("Envie pelo menos um arquivo."));
        Assert.That(await ApiServer.QueryAsync(db => db.Contracts.CountAsync(c => c.TenantId == plan.TenantId)), Is.Zero);
    }

    [Test]
    public async Task Checkout_UnusableAttachmentIds_Rejected400()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var otherPlan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var mine = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(500), "rg.pdf");
        var used = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(500), "cnh.pdf");
        await SubmitAsync(plan, used);
        var foreign = await AttachmentApi.UploadIdAsync(otherPlan.LinkToken, AttachmentApi.Pdf(500), "outro.pdf");
        var body = CheckoutApi.PersonBody();
        body["attachmentIds"] = new JsonArray(mine, Guid.NewGuid().ToString(), foreign, used, mine);

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.ContainsKey("attachmentIds[0]"), Is.False);
        Assert.That(errors.ContainsKey("attachmentIds[1]"), Is.True, "unknown id");
        Assert.That(errors.ContainsKey("attachmentIds[2]"), Is.True, "another plan's upload");
        Assert.That(errors.ContainsKey("attachmentIds[3]"), Is.True, "a file bound to another contract");
        Assert.That(errors.ContainsKey("attachmentIds[4]"), Is.True, "a repeated id");
    }

    [Test]
    public async Task Checkout_ExpiredUpload_Rejected400()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var attachmentId = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(500), "rg.pdf");

        ApiServer.Clock.Freeze(DateTimeOffset.UtcNow.AddHours(25));
        HttpResponseMessage response;
        try
        {
            response = await CheckoutApi.SubmitAsync(plan.LinkToken, BodyWith(attachmentId), Guid.NewGuid().ToString());
        }
        finally
        {
            ApiServer.Clock.Reset();
        }

        var problem = await CheckoutApi.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["errors"]!["attachmentIds[0]"]![0]!.GetValue<string>(), Does.Contain("expirado"));
    }

    [Test]
    public async Task Cleanup_DeletesOnlyExpiredUnboundUploads()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var bound = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(500), "rg.pdf");
        var unused = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(600), "cnh.pdf");
        await SubmitAsync(plan, bound);

        ApiServer.Clock.Freeze(DateTimeOffset.UtcNow.AddHours(26));
        try
        {
            await using var scope = ApiServer.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AttachmentCleanup>().RunAsync(CancellationToken.None);
        }
        finally
        {
            ApiServer.Clock.Reset();
        }

        var boundId = Guid.Parse(bound);
        var unusedId = Guid.Parse(unused);
        var remaining = await ApiServer.QueryAsync(db => db.Attachments.Where(a => a.TenantId == plan.TenantId).Select(a => a.Id).ToListAsync());
        var storedFiles = await ApiServer.QueryAsync(db => db.StoredFiles.Where(f => f.Id == boundId || f.Id == unusedId).Select(f => f.Id).ToListAsync());
        Assert.That(remaining, Is.EquivalentTo(new[] { boundId }));
        Assert.That(storedFiles, Is.EquivalentTo(new[] { boundId }));
    }

    private static JsonObject BodyWith(params string[] attachmentIds)
    {
        var body = CheckoutApi.PersonBody();
        body["attachmentIds"] = new JsonArray(attachmentIds.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray());
        return body;
    }

    private static async Task<JsonNode> SubmitAsync(TestPlan plan, params string[] attachmentIds)
    {
        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, BodyWith(attachmentIds), Guid.NewGuid().ToString());
        var checkout = await CheckoutApi.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), checkout.ToJsonString());
        return checkout;
    }
}
