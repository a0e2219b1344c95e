using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conexa.Domain.Plans;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Sandbox;

/// <summary>
/// Drives months of billing through the API with a tenant's test clock: every date below is a business
/// date in São Paulo, and nothing but the tenant's own clock moves.
/// </summary>
public sealed class TestClockTests
{
    [Test]
    public async Task January31Contract_BilledOnMonthEnds()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SetClockAsync(admin, "2027-01-31T15:00:00-03:00");

        var contractId = await ContractByCardAsync(plan);
        var advance = await AdvanceAsync(admin, "2027-07-31T15:00:00-03:00");
        var again = await AdvanceAsync(admin, "2027-07-31T15:00:00-03:00");
        var contract = await GetContractAsync(admin, contractId);

        Assert.That(DueDates(contract), Is.EqualTo(new[]
        {
            "2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30", "2027-07-31",
        }));
        Assert.That(Statuses(contract), Is.All.EqualTo("approved"), "each later period is charged to the card on file");
        Assert.That(advance["daysRun"]!.GetValue<int>(), Is.EqualTo(181));
        Assert.That(advance["chargesCreated"]!.GetValue<int>(), Is.EqualTo(6));
        Assert.That(again["chargesCreated"]!.GetValue<int>(), Is.Zero);
        Assert.That(contract["status"]!.GetValue<string>(), Is.EqualTo("active"));
    }

    [Test]
    public async Task LateEveningContract_DueOnTheSixth()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SetClockAsync(admin, "2027-03-06T22:30:00-03:00");

        var (checkoutId, contractId) = await ContractByPixAsync(plan);
        await PayCheckoutAsync(checkoutId);
        await AdvanceAsync(admin, "2027-07-31T09:00:00-03:00");
        var contract = await GetContractAsync(admin, contractId);

        Assert.That(contract["startDate"]!.GetValue<string>(), Is.EqualTo("2027-03-06"));
        Assert.That(contract["dueDay"]!.GetValue<int>(), Is.EqualTo(6));
        Assert.That(DueDates(contract), Is.EqualTo(new[] { "2027-03-06", "2027-04-06", "2027-05-06", "2027-06-06", "2027-07-06" }));
    }

    [Test]
    public async Task UnpaidPix_SuspendsAccessUntilPaid()
    {
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.AfterFirstPayment);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SetClockAsync(admin, "2027-02-07T10:00:00-03:00");
        var (checkoutId, contractId) = await ContractByPixAsync(plan);
        await PayCheckoutAsync(checkoutId);

        await AdvanceAsync(admin, "2027-03-07T23:00:00-03:00");
        var onDueDate = await GetContractAsync(admin, contractId);
        var advance = await AdvanceAsync(admin, "2027-03-08T08:00:00-03:00");
        var dayAfter = await GetContractAsync(admin, contractId);
        var overdueCharge = dayAfter["charges"]!.AsArray().Single(c => c!["dueDate"]!.GetValue<string>() == "2027-03-07")!;
        var paid = await admin.PostAsync($"/api/sandbox/charges/{overdueCharge["id"]!.GetValue<string>()}/pay", null);
        var afterPayment = await WaitForContractAsync(admin, contractId, c => c["status"]!.GetValue<string>() == "active");

        Assert.That(onDueDate["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(advance["chargesOverdue"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(overdueCharge["status"]!.GetValue<string>(), Is.EqualTo("overdue"));
        Assert.That(dayAfter["status"]!.GetValue<string>(), Is.EqualTo("suspended"));
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(afterPayment["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(Statuses(afterPayment), Is.EqualTo(new[] { "paid", "paid" }));
    }

    [Test]
    public async Task UnpaidBoleto_KeepsAccessClosedUntilPaid()
    {
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.AfterFirstPayment);
        await TestPlans.AddEfiBoletoAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SetClockAsync(admin, "2027-02-07T10:00:00-03:00");

        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), Guid.NewGuid().ToString());
        var checkout = await CheckoutApi.ReadJsonAsync(response);
        var checkoutId = checkout["checkoutId"]!.GetValue<string>();
        await AdvanceAsync(admin, "2027-02-11T08:00:00-03:00");
        var overdue = await CheckoutApi.ReadJsonAsync(await ApiServer.Client.GetAsync($"/api/public/checkouts/{checkoutId}"));
        await PayCheckoutAsync(checkoutId);
        var paid = await CheckoutApi.WaitForAsync(checkoutId, c => c["status"]!.GetValue<string>() == "active");

        Assert.That(checkout["payment"]!["dueDate"]!.GetValue<string>(), Is.EqualTo("2027-02-10"));
        Assert.That(overdue["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("overdue"));
        Assert.That(overdue["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"), "no access before the first payment");
        Assert.That(paid["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("paid"));
    }

    [Test]
    public async Task UnpaidBoleto_IsWrittenOffAfterThirtyDays()
    {
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.AfterFirstPayment);
        await TestPlans.AddEfiBoletoAsync(plan);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SetClockAsync(admin, "2027-02-07T10:00:00-03:00");
        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("boleto"), Guid.NewGuid().ToString());
        var contractId = Guid.Parse((await CheckoutApi.ReadJsonAsync(response))["contractId"]!.GetValue<string>());

        await AdvanceAsync(admin, "2027-03-12T10:00:00-03:00");
        var stillPayable = await GetContractAsync(admin, contractId);
        await AdvanceAsync(admin, "2027-03-13T10:00:00-03:00");
        var writtenOff = await GetContractAsync(admin, contractId);
        var reference = await ApiServer.QueryAsync(db => db.Charges.Where(c => c.ContractId == contractId).Select(c => c.Id).SingleAsync());

        Assert.That(Statuses(stillPayable), Is.EqualTo(new[] { "overdue" }), "due 10 February, payable for 30 days");
        Assert.That(Statuses(writtenOff), Is.EqualTo(new[] { "writtenOff" }));
        Assert.That(writtenOff["status"]!.GetValue<string>(), Is.EqualTo("cancelled"));
        Assert.That(ApiServer.Sandbox.Charges.Single(c => c.CustomId == reference.ToString("N")).Status, Is.EqualTo("canceled"), "cancelled at EFI");
    }

    [Test]
    public async Task Advance_AuditsTheInstantsInUtc()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SetClockAsync(admin, "2027-02-07T23:30:00-03:00");

        await AdvanceAsync(admin, "2027-02-09T23:30:00-03:00");
        var audit = await ApiServer.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.TenantId == plan.TenantId && a.Action == "test-clock.advanced"));

        Assert.That(audit.Details, Is.EqualTo("Relógio de teste avançado de 2027-02-08T02:30:00Z até 2027-02-10T02:30:00Z."));
    }

    [Test]
    public async Task DeclinedCard_CancelledAfterThirtyDays()
    {
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.AfterFirstPayment);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SetClockAsync(admin, "2027-02-07T10:00:00-03:00");
        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-declined"), Guid.NewGuid().ToString());
        var contractId = Guid.Parse((await CheckoutApi.ReadJsonAsync(response))["contractId"]!.GetValue<string>());

        await AdvanceAsync(admin, "2027-03-09T10:00:00-03:00");
        var stillOpen = await GetContractAsync(admin, contractId);
        await AdvanceAsync(admin, "2027-03-10T10:00:00-03:00");
        var cancelled = await GetContractAsync(admin, contractId);

        Assert.That(stillOpen["status"]!.GetValue<string>(), Is.EqualTo("awaitingPayment"), "the customer may still retry for 30 days");
        Assert.That(cancelled["status"]!.GetValue<string>(), Is.EqualTo("cancelled"));
        Assert.That(Statuses(cancelled), Is.EqualTo(new[] { "declined" }));
    }

    [Test]
    public async Task ImmediateAccess_StaysOpenWhileOverdue()
    {
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.Immediate);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SetClockAsync(admin, "2027-02-07T10:00:00-03:00");

        var (_, contractId) = await ContractByPixAsync(plan);
        await AdvanceAsync(admin, "2027-02-09T10:00:00-03:00");
        var contract = await GetContractAsync(admin, contractId);

        Assert.That(Statuses(contract), Is.EqualTo(new[] { "overdue" }));
        Assert.That(contract["status"]!.GetValue<string>(), Is.EqualTo("active"));
    }

    [Test]
    public async Task AdvanceAcrossTermination_BillsOnlyTheProRata()
    {
        var plan = await TestPlans.CreateAsync(adhesionFee: 0m);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SetClockAsync(admin, "2027-01-31T15:00:00-03:00");
        var contractId = await ContractByCardAsync(plan);

        await AdvanceAsync(admin, "2027-02-10T15:00:00-03:00");
        var terminated = await admin.PostAsJsonAsync($"/api/contracts/{contractId}/termination", new { endDate = "2027-03-15" });
        var preview = await CheckoutApi.ReadJsonAsync(terminated);
        await AdvanceAsync(admin, "2027-06-01T15:00:00-03:00");
        var contract = await GetContractAsync(admin, contractId);

        Assert.That(terminated.StatusCode, Is.EqualTo(HttpStatusCode.OK), preview.ToJsonString());
        Assert.That(preview["proRataAmount"]!.GetValue<decimal>(), Is.EqualTo(180.65m), "16 of 31 days of R$ 350,00");
        Assert.That(contract["status"]!.GetValue<string>(), Is.EqualTo("terminated"));
        Assert.That(DueDates(contract), Is.EqualTo(new[] { "2027-01-31", "2027-02-28" }));
        Assert.That(contract["charges"]!.AsArray().Select(c => c!["amount"]!.GetValue<decimal>()), Is.EqualTo(new[] { 350.00m, 180.65m }));
    }

    [Test]
    public async Task ContractingEmails_CarryTheTestClockTime()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SetClockAsync(admin, "2027-05-20T09:00:00-03:00");

        await ContractByCardAsync(plan);
        await AdvanceAsync(admin, "2027-05-20T09:05:00-03:00");
        var emails = await WaitForSentEmailsAsync(admin, 3);

        // The background outbox processor may send them just before the advance moves the clock. The approved card
        // adds the payment confirmation to the two contracting e-mails.
        var contracting = DateTimeOffset.Parse("2027-05-20T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(emails, Has.Length.EqualTo(3));
        Assert.That(emails.Select(e => e["status"]!.GetValue<string>()), Is.All.EqualTo("sent"));
        Assert.That(emails.Select(e => e["createdAt"]!.GetValue<DateTimeOffset>()), Is.All.InRange(contracting, contracting.AddMinutes(5)));
        Assert.That(emails.Select(e => e["sentAt"]!.GetValue<DateTimeOffset>()), Is.All.InRange(contracting, contracting.AddMinutes(5)));
    }

    [Test]
    public async Task DashboardAndHistory_FollowTheTestClock()
    {
        var plan = await Signatures.SignatureFlow.PlanAsync(sendsAutomatically: true);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SetClockAsync(admin, "2027-05-20T09:00:00-03:00");

        var (_, contractId) = await Signatures.SignatureFlow.CheckoutAsync(plan);
        var signature = await Signatures.SignatureFlow.WaitForStatusAsync(admin, contractId, "sent");
        var dashboard = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/dashboard/contracts-per-day?days=7"));
        var sentAt = await ApiServer.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityId == contractId && a.Action == "contract.signature-sent")
            .Select(a => a.OccurredAt)
            .SingleAsync());

        Assert.That(signature, Is.EqualTo("sent"));
        Assert.That(dashboard["to"]!.GetValue<string>(), Is.EqualTo("2027-05-20"));
        Assert.That(sentAt, Is.EqualTo(DateTimeOffset.Parse("2027-05-20T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture)), "after contract.created, at the test clock's instant");
    }

    [Test]
    public async Task TestClock_MovesOnlyItsOwnTenant()
    {
        var clocked = await TestPlans.CreateAsync();
        var other = await TestPlans.CreateAsync();
        using var clockedAdmin = await AdminClients.SignInAsync(clocked.TenantId);
        using var otherAdmin = await AdminClients.SignInAsync(other.TenantId);

        var set = await SetClockAsync(clockedAdmin, "2030-01-31T15:00:00-03:00");
        var otherClock = await CheckoutApi.ReadJsonAsync(await otherAdmin.GetAsync("/api/sandbox/test-clock"));

        Assert.That(set["frozen"]!.GetValue<bool>(), Is.True);
        Assert.That(set["instant"]!.GetValue<string>(), Is.EqualTo("2030-01-31T15:00:00-03:00"));
        Assert.That(set["localDate"]!.GetValue<string>(), Is.EqualTo("2030-01-31"));
        Assert.That(otherClock["frozen"]!.GetValue<bool>(), Is.False);
        Assert.That(otherClock["localDate"]!.GetValue<string>(), Is.Not.EqualTo("2030-01-31"));
    }

    [Test]
    public async Task Advance_NeverMovesBackwards()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        await SetClockAsync(admin, "2027-03-01T12:00:00-03:00");

        var backwards = await admin.PostAsJsonAsync("/api/sandbox/test-clock/advance", new { to = "2027-02-01T12:00:00-03:00" });
        var resetEarlier = await admin.PostAsJsonAsync("/api/sandbox/test-clock", new { instant = "2027-02-01T12:00:00-03:00" });
        var clock = await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/sandbox/test-clock"));

        Assert.That(backwards.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(resetEarlier.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await CheckoutApi.ReadJsonAsync(resetEarlier))["detail"]!.GetValue<string>(), Does.Contain("2027-03-01T12:00:00-03:00"), "in the tenant's offset");
        Assert.That(clock["localDate"]!.GetValue<string>(), Is.EqualTo("2027-03-01"));
    }

    [Test]
    public async Task FirstClock_NotBeforeStoredContracts()
    {
        var plan = await TestPlans.CreateAsync();
        await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var today = await ApiServer.QueryAsync(db => db.Contracts.Where(c => c.TenantId == plan.TenantId).Select(c => c.StartDate).SingleAsync());

        var before = await admin.PostAsJsonAsync("/api/sandbox/test-clock", new { instant = $"{today.AddDays(-5):yyyy-MM-dd}T12:00:00-03:00" });
        var sameDay = await admin.PostAsJsonAsync("/api/sandbox/test-clock", new { instant = $"{today:yyyy-MM-dd}T23:00:00-03:00" });

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await CheckoutApi.ReadJsonAsync(before))["type"]!.GetValue<string>(), Does.EndWith("test-clock-before-records"));
        Assert.That(sameDay.StatusCode, Is.EqualTo(HttpStatusCode.OK), await sameDay.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Advance_WithoutClock_IsRejected()
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsJsonAsync("/api/sandbox/test-clock/advance", new { to = "2027-02-01T12:00:00-03:00" });
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("test-clock-not-set"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.StartWith("A empresa não tem relógio de teste"));
    }

    [TestCase("2027-01-31T15:00:00")]
    [TestCase("31/01/2027 15:00")]
    [TestCase("")]
    public async Task InstantWithoutOffset_IsInvalid(string instant)
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.PostAsJsonAsync("/api/sandbox/test-clock", new { instant });
        var problem = await CheckoutApi.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain("instant"));
    }

    [Test]
    public async Task Staff_CannotSetTheClock()
    {
        var plan = await TestPlans.CreateAsync();
        using var staff = await AdminClients.SignInAsync(plan.TenantId, "staff");

        var response = await staff.PostAsJsonAsync("/api/sandbox/test-clock", new { instant = "2027-01-31T15:00:00-03:00" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static async Task<JsonNode> SetClockAsync(HttpClient admin, string instant)
    {
        var response = await admin.PostAsJsonAsync("/api/sandbox/test-clock", new { instant });
        var body = await CheckoutApi.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        return body;
    }

    private static async Task<JsonNode> AdvanceAsync(HttpClient admin, string to)
    {
        var response = await admin.PostAsJsonAsync("/api/sandbox/test-clock/advance", new { to });
        var body = await CheckoutApi.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        return body;
    }

    private static async Task<Guid> ContractByCardAsync(TestPlan plan)
    {
        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-approved"), Guid.NewGuid().ToString());
        var checkout = await CheckoutApi.ReadJsonAsync(response);
        Assert.That(checkout["status"]?.GetValue<string>(), Is.EqualTo("active"), checkout.ToJsonString());
        return Guid.Parse(checkout["contractId"]!.GetValue<string>());
    }

    private static async Task<(string CheckoutId, Guid ContractId)> ContractByPixAsync(TestPlan plan)
    {
        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        var checkout = await CheckoutApi.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), checkout.ToJsonString());
        return (checkout["checkoutId"]!.GetValue<string>(), Guid.Parse(checkout["contractId"]!.GetValue<string>()));
    }

    private static async Task PayCheckoutAsync(string checkoutId)
    {
        var response = await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{checkoutId}/pay", null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var checkout = await CheckoutApi.WaitForAsync(checkoutId, c => c["payment"]!["status"]!.GetValue<string>() == "paid");
        Assert.That(checkout["payment"]!["status"]!.GetValue<string>(), Is.EqualTo("paid"));
    }


    private static async Task<JsonNode> GetContractAsync(HttpClient admin, Guid contractId)
    {
        var response = await admin.GetAsync($"/api/contracts/{contractId}");
        var body = await CheckoutApi.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        return body;
    }

    private static async Task<JsonNode> WaitForContractAsync(HttpClient admin, Guid contractId, Func<JsonNode, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var contract = await GetContractAsync(admin, contractId);
            if (condition(contract) || DateTime.UtcNow > deadline)
            {
                return contract;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<JsonNode[]> WaitForSentEmailsAsync(HttpClient admin, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var emails = (await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/emails"))).AsArray().Select(e => e!).ToArray();
            var sent = emails.Count(e => e["status"]!.GetValue<string>() == "sent");
            if (sent >= count || DateTime.UtcNow > deadline)
            {
                return emails;
            }

            await Task.Delay(100);
        }
    }

    private static string[] DueDates(JsonNode contract) =>
        contract["charges"]!.AsArray().Select(c => c!["dueDate"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();

    private static string[] Statuses(JsonNode contract) =>
        contract["charges"]!.AsArray().OrderBy(c => c!["dueDate"]!.GetValue<string>(), StringComparer.Ordinal).Select(c => c!["status"]!.GetValue<string>()).ToArray();
}
