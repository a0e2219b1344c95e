using System.Net;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Contracts;

public sealed class ContractListTests
{
    private static ReportTenant _tenant = null!;
    private static HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _tenant = await ReportTenant.CreateAsync();
        _admin = await AdminClients.SignInAsync(_tenant.TenantId);

        // Another tenant's contract, which the lists above must never show.
        var other = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody("pix");
        body["customer"]!["name"] = "Cliente De Outro Coworking";
        var response = await CheckoutApi.SubmitAsync(other.LinkToken, body, Guid.NewGuid().ToString());
        Assert.That(response.IsSuccessStatusCode, Is.True);
    }

    [OneTimeTearDown]
    public void DisposeClient() => _admin.Dispose();

    [Test]
    public async Task List_ShowsOnlyTheCallersTenant()
    {
        var page = await GetPageAsync("/api/contracts");

        Assert.That(page["totalCount"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(ReportTenant.Names(page), Is.EquivalentTo(new[] { "João Silva", "Ana Pereira", "Antônio Lima" }));
    }

    [Test]
    public async Task List_ItemCarriesMaskedDocumentAndLabels()
    {
        var page = await GetPageAsync("/api/contracts?search=jo%C3%A3o");
        var item = page["items"]![0]!;

        Assert.That(page["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(item["customerName"]!.GetValue<string>(), Is.EqualTo("João Silva"));
        Assert.That(item["customerDocument"]!.GetValue<string>(), Is.EqualTo("***.982.247-**"));
        Assert.That(item["planName"]!.GetValue<string>(), Is.EqualTo("Estação fixa"));
        Assert.That(item["unitName"]!.GetValue<string>(), Is.EqualTo("Unidade Centro"));
        Assert.That(item["registeredBy"]!.GetValue<string>(), Is.EqualTo("onlineContracting"));
        Assert.That(item["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(item["startDate"]!.GetValue<string>(), Is.EqualTo("2027-02-06"));
        Assert.That(item["dueDay"]!.GetValue<int>(), Is.EqualTo(6));
        Assert.That(item["monthlyPrice"]!.GetValue<decimal>(), Is.EqualTo(350.00m));
        Assert.That(item["paymentMethod"]!.GetValue<string>(), Is.EqualTo("pix"));
        Assert.That(item["signatureStatus"]!.GetValue<string>(), Is.EqualTo("notRequested"));
        Assert.That(Guid.TryParse(item["id"]!.GetValue<string>(), out _), Is.True);
    }

    [TestCase("registeredBy=manual", new[] { "Antônio Lima" })]
    [TestCase("registeredBy=onlineContracting", new[] { "Ana Pereira", "João Silva" })]
    [TestCase("status=awaitingPayment", new[] { "Ana Pereira" })]
    [TestCase("status=ACTIVE", new[] { "Antônio Lima", "João Silva" })]
    [TestCase("status=terminated", new string[0])]
    [TestCase("from=2027-03-01&to=2027-03-31", new[] { "Ana Pereira" })]
    [TestCase("from=2027-04-15", new[] { "Antônio Lima" })]
    [TestCase("to=2027-02-06", new[] { "João Silva" })]
    [TestCase("search=SILVA", new[] { "João Silva" })]
    [TestCase("search=ana%40example", new[] { "Ana Pereira" })]
    [TestCase("search=11144477735", new[] { "Ana Pereira" })]
    [TestCase("search=111.444.777-35", new[] { "Ana Pereira" })]
    [TestCase("status=active&search=pereira", new string[0])]
    public async Task Filter_NarrowsTheList(string filter, string[] expected)
    {
        var page = await GetPageAsync($"/api/contracts?{filter}");

        Assert.That(ReportTenant.Names(page), Is.EqualTo(expected));
        Assert.That(page["totalCount"]!.GetValue<int>(), Is.EqualTo(expected.Length));
    }

    [Test]
    public async Task PlanAndUnitFilters_NarrowTheList()
    {
        var byPlan = await GetPageAsync($"/api/contracts?planId={_tenant.PrivateRoomPlanId}");
        var byUnit = await GetPageAsync($"/api/contracts?unitId={_tenant.CentroUnitId}");
        var unknownPlan = await GetPageAsync($"/api/contracts?planId={Guid.NewGuid()}");

        Assert.That(ReportTenant.Names(byPlan), Is.EqualTo(new[] { "Ana Pereira" }));
        Assert.That(ReportTenant.Names(byUnit), Is.EqualTo(new[] { "Antônio Lima", "João Silva" }));
        Assert.That(ReportTenant.Names(unknownPlan), Is.Empty);
    }

    [TestCase("", new[] { "Antônio Lima", "Ana Pereira", "João Silva" })]
    [TestCase("sort=startDate", new[] { "João Silva", "Ana Pereira", "Antônio Lima" })]
    [TestCase("sort=customerName", new[] { "Ana Pereira", "Antônio Lima", "João Silva" })]
    public async Task Sort_OrdersTheList(string sort, string[] expected)
    {
        var page = await GetPageAsync($"/api/contracts?{sort}");

        Assert.That(ReportTenant.Names(page), Is.EqualTo(expected));
    }

    [TestCase("/api/contracts?from=2027-02-30", "from", "from inválido: 2027-02-30 não existe no calendário. Informe um dia que exista no mês.")]
    [TestCase("/api/contracts?from=2027-02-01&from=2027-03-01", "from", "from foi enviado 2 vezes: envie um valor só.")]
    [TestCase("/api/contracts/export?format=xlsx&search=ana&search=bia", "search", "search foi enviado 2 vezes: envie um valor só.")]
    [TestCase("/api/contracts?to=01/03/2027", "to", "to inválido: use uma data no formato AAAA-MM-DD, como 2027-04-24.")]
    [TestCase("/api/contracts/export", "format", "Informe o formato do arquivo: format=xlsx (planilha) ou format=pdf.")]
    public async Task InvalidParameter_NamesTheFix(string path, string field, string message)
    {
        var response = await _admin.GetAsync(path);
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["errors"]![field]!.AsArray().Select(m => m!.GetValue<string>()), Is.EqualTo(new[] { message }));
    }

    [Test]
    public async Task Detail_ShowsTheCustomerContact()
    {
        var page = await GetPageAsync("/api/contracts?search=joao@example.com");
        var contractId = page["items"]![0]!["id"]!.GetValue<string>();

        var contract = await GetPageAsync($"/api/contracts/{contractId}");
        var customer = contract["customer"]!;

        Assert.That(customer["kind"]!.GetValue<string>(), Is.EqualTo("person"));
        Assert.That(customer["document"]!.GetValue<string>(), Is.EqualTo("***.982.247-**"), "masked, as in the list");
        Assert.That(customer["email"]!.GetValue<string>(), Is.EqualTo("joao@example.com"));
        Assert.That(customer["phone"]!.GetValue<string>(), Is.EqualTo("11912345678"), "typed +55 11 91234-5678");
        Assert.That(customer["contactName"], Is.Null, "a person contracts for themselves");
    }

    [Test]
    public async Task SortByName_IgnoresCaseAndAccents()
    {
        var tenant = await ReportTenant.CreateAsync();
        await ApiServer.QueryAsync(async db =>
        {
            foreach (var (from, to) in new[] { ("João Silva", "Zé Lima"), ("Ana Pereira", "bruno costa"), ("Antônio Lima", "Álvaro Dias") })
            {
                await db.Customers.Where(c => c.TenantId == tenant.TenantId && c.Name == from).ExecuteUpdateAsync(u => u.SetProperty(c => c.Name, to));
            }

            return 0;
        });
        using var admin = await AdminClients.SignInAsync(tenant.TenantId);

        var ascending = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/contracts?sort=customerName"));
        var descending = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/contracts?sort=-customerName"));

        // Compared byte by byte, "Zé" comes before "bruno" and "Álvaro" last.
        Assert.That(ReportTenant.Names(ascending), Is.EqualTo(new[] { "Álvaro Dias", "bruno costa", "Zé Lima" }));
        Assert.That(ReportTenant.Names(descending), Is.EqualTo(new[] { "Zé Lima", "bruno costa", "Álvaro Dias" }));
    }

    [Test]
    public async Task SortByPrice_ComparesNumbersNotText()
    {
        var ascending = ReportTenant.Names(await GetPageAsync("/api/contracts?sort=monthlyPrice"));
        var descending = ReportTenant.Names(await GetPageAsync("/api/contracts?sort=-monthlyPrice"));

        // R$ 1.000,00 sorts before R$ 350,00 when prices are compared as text.
        Assert.That(ascending.Last(), Is.EqualTo("Ana Pereira"));
        Assert.That(descending.First(), Is.EqualTo("Ana Pereira"));
    }

    [Test]
    public async Task Paging_CountsAllMatches()
    {
        var first = await GetPageAsync("/api/contracts?pageSize=2&sort=startDate");
        var second = await GetPageAsync("/api/contracts?pageSize=2&page=2&sort=startDate");

        Assert.That(ReportTenant.Names(first), Is.EqualTo(new[] { "João Silva", "Ana Pereira" }));
        Assert.That(ReportTenant.Names(second), Is.EqualTo(new[] { "Antônio Lima" }));
        Assert.That(second["totalCount"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(second["page"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(second["pageSize"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(first["page"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [TestCase("status=open", "status")]
    [TestCase("status=1", "status")]
    [TestCase("registeredBy=robot", "registeredBy")]
    [TestCase("planId=abc", "planId")]
    [TestCase("unitId=42", "unitId")]
    [TestCase("from=2027-13-01", "from")]
    [TestCase("to=06/02/2027", "to")]
    [TestCase("from=2027-03-01&to=2027-02-01", "to")]
    [TestCase("page=0", "page")]
    [TestCase("pageSize=101", "pageSize")]
    [TestCase("pageSize=ten", "pageSize")]
    [TestCase("sort=price", "sort")]
    public async Task InvalidParameter_IsAProblemNamingIt(string query, string field)
    {
        var response = await _admin.GetAsync($"/api/contracts?{query}");
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
    }

    [Test]
    public async Task AnonymousCaller_IsUnauthorized()
    {
        var list = await ApiServer.Client.GetAsync("/api/contracts");
        var export = await ApiServer.Client.GetAsync("/api/contracts/export?format=xlsx");

        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> GetPageAsync(string path)
    {
        var response = await _admin.GetAsync(path);
        var page = await CheckoutApi.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), page.ToJsonString());
        return page;
    }
}
