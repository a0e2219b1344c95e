using System.Net;
using System.Text.Json.Nodes;
using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Reliability.Callbacks;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Checkouts;

public sealed class PixCheckoutTests
{
    [Test]
    public async Task CobWithoutCode_ReadsItFromLocation()
    {
        var plan = await TestPlans.CreateAsync();
        var locRequestsBefore = ApiServer.Sandbox.CountRequests("GET", "/v2/loc/");
        JsonNode checkout;
        ApiServer.Sandbox.CobsOmitPixCode = true;
        try
        {
            checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        }
        finally
        {
            ApiServer.Sandbox.CobsOmitPixCode = false;
        }

        var payment = checkout["payment"]!;
        var chargeId = Guid.Parse(payment["pixQrCodeImage"]!.GetValue<string>().Split('/')[4]);
        var cob = ApiServer.Sandbox.Cobs.Single(c => c.Txid == chargeId.ToString("N"));
        Assert.That(payment["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
        Assert.That(payment["pixCopyPaste"]!.GetValue<string>(), Is.EqualTo(cob.PixCopiaECola));
        Assert.That(ApiServer.Sandbox.CountRequests("GET", "/v2/loc/"), Is.EqualTo(locRequestsBefore + 1));
    }

    [Test]
    public async Task PixCheckout_CreatesRecordsAndPixCode()
    {
        var plan = await TestPlans.CreateAsync();
        var qrCodeRequestsBefore = ApiServer.Sandbox.CountRequests("GET", "/v2/loc/");

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        var checkout = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(response.Headers.Location!.ToString(), Does.EndWith(checkout["checkoutId"]!.GetValue<string>()));
        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
        var payment = checkout["payment"]!;
        Assert.That(payment["method"]!.GetValue<string>(), Is.EqualTo("pix"));
        Assert.That(payment["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
        Assert.That(payment["amount"]!.GetValue<decimal>(), Is.EqualTo(450.00m));
        Assert.That(payment["pixCopyPaste"]!.GetValue<string>(), Does.StartWith("000201"));
        Assert.That(payment["pixQrCodeImage"]!.GetValue<string>(), Does.Match("^/api/public/charges/[0-9a-f-]{36}/pix-qrcode.png$"));
        Assert.That(ApiServer.Sandbox.CountRequests("GET", "/v2/loc/"), Is.EqualTo(qrCodeRequestsBefore), "the QR image is drawn from the cob's code when asked for, not fetched");

        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());
        await ApiServer.QueryAsync(async db =>
        {
            var customer = await db.Customers.SingleAsync(c => c.TenantId == plan.TenantId);
            var contract = await db.Contracts.SingleAsync(c => c.Id == contractId);
            var sale = await db.Sales.SingleAsync(s => s.Id == contract.SaleId);
            var charge = await db.Charges.SingleAsync(c => c.ContractId == contractId);
            var linkedPerson = await db.LinkedPeople.SingleAsync(p => p.CustomerId == customer.Id);

            Assert.That(customer.RegisteredBy, Is.EqualTo(RegisteredBy.OnlineContracting));
            Assert.That(customer.Document.Value, Is.EqualTo("52998224725"));
            Assert.That(linkedPerson.Document.Value, Is.EqualTo("52998224725"));
            Assert.That(sale.Items, Has.Count.EqualTo(2));
            Assert.That(sale.Total, Is.EqualTo(450.00m));
            Assert.That(charge.Amount, Is.EqualTo(sale.Total));
            Assert.That(charge.Status, Is.EqualTo(ChargeStatus.AwaitingPayment));
            Assert.That(charge.ProviderChargeId, Is.EqualTo(charge.Id.ToString("N")), "our charge id is the Pix txid");
            Assert.That(contract.Status, Is.EqualTo(ContractStatus.AwaitingPayment));
            Assert.That(contract.RefundableDeposit, Is.Zero);
            Assert.That(contract.Quotas, Has.Count.EqualTo(2));
            Assert.That(contract.DueDay, Is.EqualTo(contract.StartDate.Day));

            var cob = ApiServer.Sandbox.Cobs.Single(c => c.Txid == charge.ProviderChargeId);
            Assert.That(cob.ValorOriginal, Is.EqualTo("450.00"), "EFI Pix takes a decimal string");
            return true;
        });
    }

    [Test]
    public async Task PaidPix_ActivatesTheContractThroughTheWebhook()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var checkoutId = created["checkoutId"]!.GetValue<string>();

        var pay = await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        var checkout = await CheckoutApi.WaitForAsync(checkoutId, c => c["status"]!.GetValue<string>() == "active");

        Assert.That(pay.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(checkout["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("paid"));
    }

    [Test]
    public async Task ForgedPixCallback_ChangesNothing()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var checkoutId = created["checkoutId"]!.GetValue<string>();
        var txid = await ApiServer.QueryAsync(db => db.Charges.Where(c => c.ContractId == Guid.Parse(created["contractId"]!.GetValue<string>())).Select(c => c.ProviderChargeId).SingleAsync());

        var forged = await ApiServer.Client.PostAsync(
            "/api/webhooks/efi/pix",
            System.Net.Http.Json.JsonContent.Create(new { pix = new[] { new { endToEndId = "E123", txid, valor = "450.00" } } }));
        var checkout = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/checkouts/{checkoutId}"));

        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
        Assert.That(checkout["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"));
    }

    [Test]
    public async Task PixCallbackWithForeignPayments_AppliesOurs()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var checkoutId = created["checkoutId"]!.GetValue<string>();
        var txid = await ApiServer.QueryAsync(db => db.Charges.Where(c => c.ContractId == Guid.Parse(created["contractId"]!.GetValue<string>())).Select(c => c.ProviderChargeId!).SingleAsync());
        await CallbackSender.PayPixWithoutCallbackAsync(txid);

        // A transfer to the key without txid and a txid of no charge of ours arrive in the same delivery.
        var delivery = await ApiServer.Client.PostAsync(
            "/api/webhooks/efi/pix",
            System.Net.Http.Json.JsonContent.Create(new
            {
                pix = new object[]
                {
                    new { endToEndId = "E1", valor = "12.00" },
                    new { endToEndId = "E2", txid = "0123456789abcdef0123456789abcdef", valor = "30.00" },
                    new { endToEndId = "E3", txid, valor = "450.00" },
                },
            }));
        var checkout = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/checkouts/{checkoutId}"));

        Assert.That(delivery.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(checkout["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("paid"));
    }

    [Test]
    public async Task ReturningCustomer_KeepsOneCustomerRecord()
    {
        var plan = await TestPlans.CreateAsync();

        var first = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        var second = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix", document: "52998224725"), Guid.NewGuid().ToString());

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await ApiServer.QueryAsync(async db =>
        {
            var customer = await db.Customers.SingleAsync(c => c.TenantId == plan.TenantId);
            Assert.That(await db.Contracts.CountAsync(c => c.CustomerId == customer.Id), Is.EqualTo(2));
            Assert.That(await db.LinkedPeople.CountAsync(p => p.CustomerId == customer.Id), Is.EqualTo(1));
            return true;
        });
    }

    [Test]
    public async Task ConcurrentFirstCheckouts_ShareOneCustomer()
    {
        var plan = await TestPlans.CreateAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString())));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        var customers = await ApiServer.QueryAsync(db => db.Customers.Where(c => c.TenantId == plan.TenantId).Select(c => c.Id).ToListAsync());
        var contractCustomers = await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.TenantId == plan.TenantId).Select(c => c.CustomerId).ToListAsync());
        Assert.That(customers, Has.Count.EqualTo(1));
        Assert.That(contractCustomers, Has.Count.EqualTo(8));
        Assert.That(contractCustomers, Is.All.EqualTo(customers.Single()));
    }

    [Test]
    public async Task CompanyWithAlphanumericCnpj_CreatesItsLinkedPerson()
    {
        var plan = await TestPlans.CreateAsync();

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.CompanyBody("12.abc.345/01de-35"), Guid.NewGuid().ToString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await ApiServer.QueryAsync(async db =>
        {
            var customer = await db.Customers.SingleAsync(c => c.TenantId == plan.TenantId);
            var linkedPerson = await db.LinkedPeople.SingleAsync(p => p.CustomerId == customer.Id);
            Assert.That(customer.Kind, Is.EqualTo(CustomerKind.Company));
            Assert.That(customer.Document.Value, Is.EqualTo("12ABC34501DE35"));
            Assert.That(linkedPerson.Name, Is.EqualTo("Maria Souza"));
            Assert.That(linkedPerson.Document.Value, Is.EqualTo("52998224725"));
            return true;
        });
    }

    [Test]
    public async Task SandboxPay_OfForgottenCharge_IsAConflict()
    {
        var plan = await TestPlans.CreateAsync();
        var created = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        await ApiServer.QueryAsync(db => db.Charges
            .Where(c => c.TenantId == plan.TenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ProviderChargeId, "txid-que-o-sandbox-esqueceu-0001")));

        var pay = await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{created["checkoutId"]!.GetValue<string>()}/pay", null);
        var problem = await CheckoutApi.ReadJsonAsync(pay);

        await ApiServer.QueryAsync(db => db.Charges
            .Where(c => c.TenantId == plan.TenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ChargeStatus.Cancelled)));

        Assert.That(pay.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "the sandbox lost its charges in a restart");
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("reiniciada"));
    }
}
