using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Conexa.FunctionalTests.Support;
using MiniExcelLibs;
using PdfSharp.Pdf.IO;

namespace Conexa.FunctionalTests.Contracts;

public sealed class ContractExportTests
{
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static ReportTenant _tenant = null!;
    private static HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _tenant = await ReportTenant.CreateAsync();
        _admin = await AdminClients.SignInAsync(_tenant.TenantId);
    }

    [OneTimeTearDown]
    public void DisposeClient() => _admin.Dispose();

    [Test]
    public async Task Xlsx_IsAnAttachmentNamedByExportTime()
    {
        // 01:30 UTC is 22:30 of the day before in São Paulo. The admin signs in after the clock is frozen,
        // so the bearer token is issued and checked at the same instant, whatever the time of day the test runs.
        var today = DateTime.UtcNow.Date;
        ApiServer.Clock.Freeze(new DateTimeOffset(today.AddHours(1.5), TimeSpan.Zero));
        try
        {
            using var admin = await AdminClients.SignInAsync(_tenant.TenantId);
            var response = await admin.GetAsync("/api/contracts/export?format=xlsx");

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(XlsxContentType));
            Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo($"contratos-{today.AddDays(-1):yyyyMMdd}-2230.xlsx"));
        }
        finally
        {
            ApiServer.Clock.Reset();
        }
    }

    [Test]
    public async Task Xlsx_HasLabelsAndTypedValues()
    {
        var rows = await ReadSheetAsync("/api/contracts/export?format=xlsx&sort=startDate");
        var joao = rows.Single(r => Equals(r["B"], "João Silva"));

        Assert.That(rows[0]["A"], Does.StartWith("Contratos — Coworking "));
        Assert.That(rows[1]["A"], Is.EqualTo("Filtros: nenhum"));
        Assert.That(rows[2]["A"], Does.StartWith("Exportado em ").And.EndWith("(America/Sao_Paulo)"));
        Assert.That(rows[4].Values, Is.EqualTo(new object[]
        {
            "Contrato", "Cliente", "CPF/CNPJ", "Plano", "Unidade", "Cadastrado por", "Situação", "Início",
            "Dia de vencimento", "Mensalidade", "Forma de pagamento", "Assinatura",
        }));
        Assert.That(rows, Has.Count.EqualTo(8));
        Assert.That(joao["A"], Has.Length.EqualTo(8));
        Assert.That(joao["C"], Is.EqualTo("***.982.247-**"));
        Assert.That(joao["D"], Is.EqualTo("Estação fixa"));
        Assert.That(joao["E"], Is.EqualTo("Unidade Centro"));
        Assert.That(joao["F"], Is.EqualTo("Contratação online"));
        Assert.That(joao["G"], Is.EqualTo("Ativo"));
        Assert.That(joao["H"], Is.EqualTo(new DateTime(2027, 2, 6)));
        Assert.That(Convert.ToDecimal(joao["I"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(6m));
        Assert.That(Convert.ToDecimal(joao["J"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(350.00m));
        Assert.That(joao["K"], Is.EqualTo("Pix"));
        Assert.That(joao["L"], Is.EqualTo("Não solicitada"));
    }

    [Test]
    public async Task Xlsx_FormatsPriceAndStartDate()
    {
        var bytes = await DownloadAsync("/api/contracts/export?format=xlsx", XlsxContentType);
        using var archive = new ZipArchive(new MemoryStream(bytes));
        using var styles = new StreamReader(archive.GetEntry("xl/styles.xml")!.Open());
        var stylesXml = await styles.ReadToEndAsync();

        Assert.That(stylesXml, Does.Contain("formatCode=\"&quot;R$&quot; #,##0.00\""));
        Assert.That(stylesXml, Does.Contain("formatCode=\"dd/mm/yyyy\""));
    }

    [Test]
    public async Task Xlsx_AppliesTheFilters()
    {
        var rows = await ReadSheetAsync("/api/contracts/export?format=xlsx&status=active&sort=customerName");

        Assert.That(rows[1]["A"], Is.EqualTo("Filtros: Situação: Ativo"));
        Assert.That(rows.Skip(5).Select(r => r["B"]), Is.EqualTo(new[] { "Antônio Lima", "João Silva" }));
    }

    [Test]
    public async Task Pdf_EmbedsTheFontAndTheAccentedNames()
    {
        var manual = await DownloadAsync("/api/contracts/export?format=pdf&registeredBy=manual", "application/pdf");
        var online = await DownloadAsync("/api/contracts/export?format=pdf&registeredBy=onlineContracting", "application/pdf");

        Assert.That(Encoding.Latin1.GetString(manual, 0, 5), Is.EqualTo("%PDF-"));
        Assert.That(Encoding.Latin1.GetString(manual), Does.Contain("/FontFile2"));
        Assert.That(Encoding.Latin1.GetString(manual), Does.Contain("/BaseFont/").And.Contain("+DejaVu#20Sans#20Condensed/"));
        Assert.That(PdfText.Of(manual), Does.Contain("(Antônio Lima)"));
        Assert.That(PdfText.Of(manual), Does.Not.Contain("(João Silva)"));
        Assert.That(PdfText.Of(online), Does.Contain("(João Silva)"));
        Assert.That(PdfText.Of(online), Does.Contain("(R$ 350,00)"));
        Assert.That(PdfText.Of(online), Does.Contain("(06/02/2027)"));
        Assert.That(PdfText.Of(online), Does.Contain("(***.982.247-**)"));
        Assert.That(PdfText.Of(online), Does.Contain("(Página 1 de 1)"));
    }

    [Test]
    public async Task Pdf_LabelsFitTheirColumns()
    {
        var text = PdfText.Of(await DownloadAsync("/api/contracts/export?format=pdf", "application/pdf"));

        Assert.That(text, Does.Contain("(Cadastrado por)"));
        Assert.That(text, Does.Contain("(Venc.)"));
        Assert.That(text, Does.Contain("(Pagamento)"));
        Assert.That(text, Does.Contain("(Assinatura)"));
        Assert.That(text, Does.Contain("(Não solicitada)"));
    }

    [Test]
    public async Task Pdf_CardPaymentFitsItsColumn()
    {
        var plan = await TestPlans.CreateAsync();
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString());
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.GetAsync("/api/contracts/export?format=pdf");
        var text = PdfText.Of(await response.Content.ReadAsByteArrayAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(text, Does.Contain("(Cartão de crédito)"), "the whole label, not cut with an ellipsis");
    }

    [Test]
    public async Task Pdf_LongestStatusFitsItsColumn()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var cancelled = await admin.PostAsJsonAsync($"/api/contracts/{created["contractId"]!.GetValue<string>()}/cancellation", new { });

        var text = PdfText.Of(await (await admin.GetAsync("/api/contracts/export?format=pdf&search=529.982.247-25")).Content.ReadAsByteArrayAsync());

        Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(text, Does.Contain("(Cancelado sem pagamento)"), "the whole label, not cut with an ellipsis");
        Assert.That(text, Does.Contain("***.982.247-**"), "the title masks a searched CPF as the rows do");
        Assert.That(text, Does.Not.Contain("529.982.247-25"));
    }

    [Test]
    public async Task MistypedCpfSearch_IsMaskedInTheTitle()
    {
        var rows = await ReadSheetAsync("/api/contracts/export?format=xlsx&search=529.982.247-00");

        Assert.That(rows[1]["A"], Is.EqualTo("Filtros: Busca: \"***.982.247-**\""));
    }

    [Test]
    public async Task NoMatchingContract_SaysSoInBothFormats()
    {
        var rows = await ReadSheetAsync("/api/contracts/export?format=xlsx&search=ninguem-com-este-nome");
        var text = PdfText.Of(await DownloadAsync("/api/contracts/export?format=pdf&search=ninguem-com-este-nome", "application/pdf"));

        Assert.That(rows.Count, Is.EqualTo(6), "the header lines, a blank line, the labels and the note");
        Assert.That(rows[5]["A"], Is.EqualTo("Nenhum contrato encontrado com estes filtros."));
        Assert.That(text, Does.Contain("(Nenhum contrato encontrado com estes filtros.)"));
    }

    [Test]
    public async Task Pdf_IsOneLandscapePage()
    {
        var bytes = await DownloadAsync("/api/contracts/export?format=pdf", "application/pdf");
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

        Assert.That(document.PageCount, Is.EqualTo(1));
        Assert.That(document.Pages[0].Width.Point, Is.GreaterThan(document.Pages[0].Height.Point), "landscape");
    }

    [TestCase("format=csv", "format")]
    [TestCase("", "format")]
    [TestCase("format=pdf&status=open", "status")]
    public async Task InvalidParameter_IsAProblemNamingIt(string query, string field)
    {
        var response = await _admin.GetAsync($"/api/contracts/export?{query}");
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
    }

    private static async Task<byte[]> DownloadAsync(string path, string contentType)
    {
        var response = await _admin.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(contentType));
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<List<IDictionary<string, object?>>> ReadSheetAsync(string path)
    {
        var bytes = await DownloadAsync(path, XlsxContentType);
        return MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: false)
            .Cast<IDictionary<string, object?>>()
            .ToList();
    }
}
