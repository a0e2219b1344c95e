using System.Net;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Payments;

public sealed class EfiNotificationTests
{
    [TearDown]
    public void DeliverOnce() => ApiServer.Sandbox.Faults.DuplicateDeliveries = false;

    [Test]
    public async Task NotificationDeliveredTwice_PaysTheBoletoOnce()
    {
        var plan = await TestPlans.CreateAsync();
        await TestPlans.AddEfiBoletoAsync(plan);
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), Guid.NewGuid().ToString()));
        var checkoutId = checkout["checkoutId"]!.GetValue<string>();
        ApiServer.Sandbox.Faults.DuplicateDeliveries = true;
        var readsBefore = ApiServer.Sandbox.CountRequests("GET", "/v1/notification/");

        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        await CheckoutApi.WaitForAsync(checkoutId, c => c["payment"]!["status"]!.GetValue<string>() == "paid");
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (ApiServer.Sandbox.CountRequests("GET", "/v1/notification/") < readsBefore + 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var chargeId = (await ApiServer.QueryAsync(db => db.Charges.SingleAsync(c => c.TenantId == plan.TenantId))).Id.ToString("D");
        var paidEvents = await ApiServer.QueryAsync(db => db.OutboxMessages
            .CountAsync(m => m.Type.EndsWith(nameof(ChargePaid)) && m.Payload.Contains(chargeId)));

        Assert.That(ApiServer.Sandbox.CountRequests("GET", "/v1/notification/") - readsBefore, Is.GreaterThanOrEqualTo(2), "both deliveries were read back");
        Assert.That(paidEvents, Is.EqualTo(1));
    }

    [Test]
    public async Task RepeatedNotification_IsAppliedOnce()
    {
        var plan = await TestPlans.CreateAsync();
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString()));
        var checkoutId = checkout["checkoutId"]!.GetValue<string>();
        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        await CheckoutApi.WaitForAsync(checkoutId, c => c["payment"]!["status"]!.GetValue<string>() == "paid");
        var charge = await ApiServer.QueryAsync(db => db.Charges.SingleAsync(c => c.TenantId == plan.TenantId));
        var token = ApiServer.Sandbox.Charges.Single(c => c.CustomId == charge.ProviderReference).NotificationToken;

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            ApiServer.Client.PostAsync("/api/webhooks/efi", new FormUrlEncodedContent([new("notification", token)]))));
        var after = await ApiServer.QueryAsync(db => db.Charges.SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(after.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(after.PaidAt, Is.EqualTo(charge.PaidAt), "a repeated notification does not pay again");
    }

    [Test]
    public async Task JsonNotification_IsAcceptedLikeAForm()
    {
        var plan = await TestPlans.CreateAsync();
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString()));
        var charge = await ApiServer.QueryAsync(db => db.Charges.SingleAsync(c => c.TenantId == plan.TenantId));
        var token = ApiServer.Sandbox.Charges.Single(c => c.CustomId == charge.ProviderReference).NotificationToken;

        var response = await ApiServer.Client.PostAsync("/api/webhooks/efi", System.Net.Http.Json.JsonContent.Create(new { notification = token }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("active"));
    }

    [TestCase("{\"notification\":")]
    [TestCase("{\"notification\":123}")]
    [TestCase("[]")]
    public async Task MalformedJsonNotification_IsABadRequest(string body)
    {
        var response = await ApiServer.Client.PostAsync("/api/webhooks/efi", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("/problems/malformed-request"));
    }

    [Test]
    public async Task NotificationWithoutToken_IsAValidationProblem()
    {
        var response = await ApiServer.Client.PostAsync("/api/webhooks/efi", new FormUrlEncodedContent([new("other", "x")]));
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!["notification"], Is.Not.Null);
    }
}
