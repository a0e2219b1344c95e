using System.Net;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Attachments;

/// <summary>The public upload route: what it stores for an accepted file and why it rejects the others.</summary>
public sealed class AttachmentUploadTests
{
    private const long MaxFileSizeBytes = 10 * 1024 * 1024;

    [Test]
    public async Task Upload_Pdf_StoresSanitisedNameAndDetectedType()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var content = AttachmentApi.Pdf(2048);

        var response = await AttachmentApi.UploadAsync(plan.LinkToken, content, "C:\\docs\\Contrato <social>.PDF", declaredType: "text/plain");
        var body = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToJsonString());
        Assert.That(body["fileName"]!.GetValue<string>(), Is.EqualTo("Contrato social.PDF"));
        Assert.That(body["contentType"]!.GetValue<string>(), Is.EqualTo("application/pdf"));
        Assert.That(body["size"]!.GetValue<long>(), Is.EqualTo(2048));
        var stored = await ApiServer.QueryAsync(db => db.Attachments.SingleAsync(a => a.TenantId == plan.TenantId));
        Assert.That(stored.Id.ToString(), Is.EqualTo(body["id"]!.GetValue<string>()));
        Assert.That(stored.ContractId, Is.Null);
        Assert.That(stored.Sha256, Is.EqualTo(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content))));
    }

    [Test]
    public async Task Upload_NameWithoutExtension_GetsDetectedOne()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());

        var response = await AttachmentApi.UploadAsync(plan.LinkToken, AttachmentApi.Png(300), "comprovante");
        var body = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToJsonString());
        Assert.That(body["fileName"]!.GetValue<string>(), Is.EqualTo("comprovante.png"));
        Assert.That(body["contentType"]!.GetValue<string>(), Is.EqualTo("image/png"));
    }

    [TestCase(MaxFileSizeBytes + 1, "limite é 10.485.760 bytes", TestName = "Upload_OneByteOverLimit_Rejected413")]
    [TestCase(MaxFileSizeBytes + (2 * 1024 * 1024), "10 MB", TestName = "Upload_BodyOverLimit_Rejected413")]
    public async Task Upload_TooLarge_Rejected413(long size, string limitText)
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());

        var response = await AttachmentApi.UploadAsync(plan.LinkToken, AttachmentApi.Pdf((int)size), "grande.pdf");
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge), problem.ToJsonString());
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/file-too-large"));
        Assert.That(problem["errors"]!["file"]![0]!.GetValue<string>(), Does.Contain(limitText));
        Assert.That(await AttachmentCountAsync(plan), Is.Zero);
    }

    [TestCase("png-as-pdf", "comprovante.pdf", TestName = "Upload_PngBytesNamedPdf_Rejected415")]
    [TestCase("text-as-pdf", "contrato.pdf", TestName = "Upload_TextBytesNamedPdf_Rejected415")]
    [TestCase("pdf-as-exe", "contrato.exe", TestName = "Upload_PdfBytesNamedExe_Rejected415")]
    public async Task Upload_WrongRealType_Rejected415(string contentKind, string fileName)
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var content = contentKind switch
        {
            "png-as-pdf" => AttachmentApi.Png(500),
            "text-as-pdf" => AttachmentApi.Text(500),
            _ => AttachmentApi.Pdf(500),
        };

        var response = await AttachmentApi.UploadAsync(plan.LinkToken, content, fileName);
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType), problem.ToJsonString());
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/file-type-not-allowed"));
        Assert.That(problem["errors"]!["file"]![0]!.GetValue<string>(), Does.Contain("PDF, PNG, JPEG ou WebP"));
        Assert.That(await AttachmentCountAsync(plan), Is.Zero);
    }

    [Test]
    public async Task Upload_FormWithoutAttachments_Rejected400()
    {
        var plan = await TestPlans.CreateAsync();

        var response = await AttachmentApi.UploadAsync(plan.LinkToken, AttachmentApi.Pdf(100), "contrato.pdf");
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["errors"]!["file"]![0]!.GetValue<string>(), Does.Contain("não aceita anexos"));
        Assert.That(await AttachmentCountAsync(plan), Is.Zero);
    }

    [Test]
    public async Task Upload_EmptyFile_Rejected400()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());

        var response = await AttachmentApi.UploadAsync(plan.LinkToken, [], "vazio.pdf");
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["errors"]!["file"]![0]!.GetValue<string>(), Does.Contain("vazio"));
    }

    [Test]
    public async Task Upload_UnknownLink_Rejected404()
    {
        var response = await AttachmentApi.UploadAsync("no-such-link", AttachmentApi.Pdf(100), "contrato.pdf");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Upload_QuotaFull_Rejected422()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var boundId = await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(3000), "primeiro.pdf");
        var body = CheckoutApi.PersonBody("pix");
        body["attachmentIds"] = new System.Text.Json.Nodes.JsonArray(boundId);
        await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString());
        await StorageQuotas.SetAsync(plan, 5000);

        var response = await AttachmentApi.UploadAsync(plan.LinkToken, AttachmentApi.Pdf(3000), "segundo.pdf");
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), problem.ToJsonString());
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/storage-quota-exceeded"));
        Assert.That(problem["errors"]!["file"]![0]!.GetValue<string>(), Does.Contain("armazenamento"));
        Assert.That(await AttachmentCountAsync(plan), Is.EqualTo(1));
    }

    [Test]
    public async Task UnusedUploads_DoNotFillTheQuota()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        await StorageQuotas.SetAsync(plan, 5000);
        await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(3000), "abandonado.pdf");

        var response = await AttachmentApi.UploadAsync(plan.LinkToken, AttachmentApi.Pdf(3000), "do-cliente.pdf");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), "an upload no checkout used does not take the quota");
    }

    [Test]
    public async Task PendingUploads_AreCappedEvenWhenUnlimited()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        await ApiServer.QueryAsync(db => db.Tenants
            .Where(t => t.Id == plan.TenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.HasUnlimitedFiles, true)));
        const int tenMegabytes = 10 * 1024 * 1024;

        // From five addresses, so no single one reaches its own cap first.
        for (var i = 0; i < 5; i++)
        {
            await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(tenMegabytes), $"arquivo-{i}.pdf", fromAddress: $"127.0.0.{i + 2}");
        }

        var response = await AttachmentApi.UploadAsync(plan.LinkToken, AttachmentApi.Pdf(1000), "mais-um.pdf", fromAddress: "127.0.0.9");
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), problem.ToJsonString());
        Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.FromHours(23)), "the uploads count for 24 hours");
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/too-many-pending-uploads"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("aguardando contratação. Tente de novo em 24 horas"));
        Assert.That(await AttachmentCountAsync(plan), Is.EqualTo(5));
    }

    [Test]
    public async Task PendingUploads_AreCappedPerAddress()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        const int tenMegabytes = 10 * 1024 * 1024;
        await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(tenMegabytes), "rg.pdf", fromAddress: "127.0.0.20");
        await AttachmentApi.UploadIdAsync(plan.LinkToken, AttachmentApi.Pdf(tenMegabytes), "cnh.pdf", fromAddress: "127.0.0.20");

        var rejected = await AttachmentApi.UploadAsync(plan.LinkToken, AttachmentApi.Pdf(1000), "mais-um.pdf", fromAddress: "127.0.0.20");
        var problem = await CheckoutApi.ReadJsonAsync(rejected);
        var otherAddress = await AttachmentApi.UploadAsync(plan.LinkToken, AttachmentApi.Pdf(1000), "contrato.pdf", fromAddress: "127.0.0.21");

        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), problem.ToJsonString());
        Assert.That(problem["detail"]!.GetValue<string>(), Does.StartWith("Você já enviou 20 MB"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("com este arquivo de 1000 bytes passaria do limite de 20 MB"));
        Assert.That(otherAddress.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await AttachmentCountAsync(plan), Is.EqualTo(3));
    }

    [Test]
    public async Task ConcurrentUploads_KeepTheAddressCap()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var nineMegabytes = AttachmentApi.Pdf(9 * 1024 * 1024);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            AttachmentApi.UploadAsync(plan.LinkToken, nineMegabytes, $"arquivo-{i}.pdf", fromAddress: "127.0.0.30")));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(2));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests), Is.EqualTo(4));
        Assert.That(await AttachmentCountAsync(plan), Is.EqualTo(2));
    }

    private static Task<int> AttachmentCountAsync(TestPlan plan) =>
        ApiServer.QueryAsync(db => db.Attachments.CountAsync(a => a.TenantId == plan.TenantId));
}
