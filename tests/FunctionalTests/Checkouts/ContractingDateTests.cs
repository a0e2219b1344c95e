using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Checkouts;

public sealed class ContractingDateTests
{
    [TearDown]
    public void ResetClock() => ApiServer.Clock.Reset();

    [TestCase("2027-02-07T01:30:00Z", "2027-02-06", 6)]
    [TestCase("2027-02-07T03:00:00Z", "2027-02-07", 7)]
    public async Task Checkout_StartsOnTheDateInSaoPaulo(string instant, string startDate, int dueDay)
    {
        ApiServer.Clock.Freeze(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));
        var plan = await TestPlans.CreateAsync();

        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contract = await ApiServer.QueryAsync(db => db.Contracts.SingleAsync(c => c.TenantId == plan.TenantId));

        Assert.That(contract.StartDate, Is.EqualTo(DateOnly.Parse(startDate, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(contract.DueDay, Is.EqualTo(dueDay));
        Assert.That(checkout["payment"]!["dueDate"]!.GetValue<string>(), Is.EqualTo(startDate), "Pix is due on the contracting date");
    }
}
