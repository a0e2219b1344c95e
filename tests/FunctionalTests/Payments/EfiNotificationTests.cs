using System.Net;
using Conexa.Domain.Sales;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Payments;

public sealed class EfiNotificationTests
{
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
