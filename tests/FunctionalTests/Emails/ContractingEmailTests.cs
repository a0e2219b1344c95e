using System.Net;
using Conexa.Domain.Emails;
using Conexa.FunctionalTests.Support;
using Conexa.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Emails;

public sealed class ContractingEmailTests
{
    [TearDown]
    public void ResetClock() => ApiServer.Clock.Reset();

    [Test]
    public async Task Contracting_EmailsTheUnitAndWelcomesTheCustomer()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody("pix");
        var email = $"maria-{Guid.NewGuid():N}@example.com";
        body["customer"]!["email"] = email;
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());

        var messages = await WaitForEmailsAsync(contractId, EmailStatus.Sent);
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var history = (await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/emails"))).AsArray();

        Assert.That(messages.Single(m => m.Kind == EmailKind.ContractingNotification).To, Is.EqualTo("centro@coworking.test"));
        Assert.That(messages.Single(m => m.Kind == EmailKind.Welcome).To, Is.EqualTo(email));
        Assert.That(ApiServer.Emails.SentTo(email), Is.EqualTo(1));
        Assert.That(history.Select(h => h!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "sent", "sent" }));
        Assert.That(messages.Single(m => m.Kind == EmailKind.ContractingNotification).Body, Does.Not.Contain("52998224725"));
        Assert.That(messages.Single(m => m.Kind == EmailKind.ContractingNotification).Body, Does.Contain($"/admin/contratos/{contractId}"), "the unit opens the contract from the notice");
    }

    [Test]
    public async Task History_SearchFindsOneCustomer()
    {
        ApiServer.Clock.Freeze(new DateTimeOffset(2027, 5, 12, 13, 0, 0, TimeSpan.Zero));
        var plan = await TestPlans.CreateAsync();
        var addresses = new[] { $"ana-{Guid.NewGuid():N}@example.com", $"bia-{Guid.NewGuid():N}@example.com" };
        var documents = new[] { "111.444.777-35", "123.456.789-09" };
        foreach (var (address, document) in addresses.Zip(documents))
        {
            var body = CheckoutApi.PersonBody("pix", document: document);
            body["customer"]!["email"] = address;
            var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
            await WaitForEmailsAsync(Guid.Parse(checkout["contractId"]!.GetValue<string>()), EmailStatus.Sent);
        }

        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var found = (await CheckoutApi.ReadJsonAsync(await admin.GetAsync($"/api/emails?search={Uri.EscapeDataString(addresses[1].ToUpperInvariant())}"))).AsArray();
        var bySubject = (await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/emails?search=nova%20contrata%C3%A7%C3%A3o"))).AsArray();
        var tooLong = await admin.GetAsync($"/api/emails?search={new string('x', 201)}");

        Assert.That(found.Select(e => e!["to"]!.GetValue<string>()), Is.EqualTo(new[] { addresses[1] }), "the welcome e-mail of the second customer only");
        Assert.That(bySubject, Has.Count.EqualTo(2), "the unit's two notices, found by subject");
        Assert.That(tooLong.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.BadRequest));
        var newest = (await CheckoutApi.ReadJsonAsync(await admin.GetAsync("/api/emails?limit=2"))).AsArray();
        Assert.That(newest.Select(e => e!["to"]!.GetValue<string>()), Does.Contain(addresses[1]).And.Not.Contain(addresses[0]), "under one frozen instant the last written come first");
    }

    [Test]
    public async Task WithoutSmtp_EmailsAreOnlyRecorded()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody("pix");
        var email = $"maria-{Guid.NewGuid():N}@example.com";
        body["customer"]!["email"] = email;
        List<EmailMessage> messages;
        ApiServer.Emails.Delivers = false;
        try
        {
            var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
            messages = await WaitForEmailsAsync(Guid.Parse(checkout["contractId"]!.GetValue<string>()), EmailStatus.Recorded);
        }
        finally
        {
            ApiServer.Emails.Delivers = true;
        }

        Assert.That(messages.Select(m => m.Status), Is.EqualTo(new[] { EmailStatus.Recorded, EmailStatus.Recorded }));
        Assert.That(messages.Select(m => m.SentAt), Is.All.Null);
        Assert.That(ApiServer.Emails.SentTo(email), Is.Zero);
    }

    [TestCase("0")]
    [TestCase("501")]
    public async Task EmailHistory_LimitOutOfRange_IsNamed(string limit)
    {
        var plan = await TestPlans.CreateAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);

        var response = await admin.GetAsync($"/api/emails?limit={limit}");
        var errors = (await CheckoutApi.ReadJsonAsync(response))["errors"]!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors["limit"]![0]!.GetValue<string>(), Does.Contain("de 1 a 500"));
    }

    [Test]
    public async Task UnitWithoutAddress_UsesTenantEmail()
    {
        var plan = await TestPlans.CreateAsync();
        await ApiServer.QueryAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.TenantId == plan.TenantId);
            unit.SetNotificationEmail(null);
            return await db.SaveChangesAsync();
        });
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));

        var messages = await WaitForEmailsAsync(Guid.Parse(checkout["contractId"]!.GetValue<string>()), EmailStatus.Sent);

        Assert.That(messages.Single(m => m.Kind == EmailKind.ContractingNotification).To, Is.EqualTo("contato@coworking.test"));
    }

    [Test]
    public async Task UndeliverableEmail_IsRecordedAsFailedAndRetried()
    {
        var plan = await TestPlans.CreateAsync();
        var body = CheckoutApi.PersonBody("pix");
        body["customer"]!["email"] = $"bounce-{Guid.NewGuid():N}@example.com";
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, body, Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());

        var messages = await WaitForEmailsAsync(contractId, EmailStatus.Failed);
        var outbox = await ApiServer.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.Payload.Contains(contractId.ToString()) && m.Type.EndsWith(".ContractingCompleted")));

        Assert.That(messages.Single(m => m.Kind == EmailKind.Welcome).Status, Is.EqualTo(EmailStatus.Failed));
        Assert.That(messages.Single(m => m.Kind == EmailKind.ContractingNotification).Status, Is.EqualTo(EmailStatus.Sent));
        Assert.That(outbox.ProcessedAt, Is.Null, "the outbox keeps the event to retry the failed e-mail");
        Assert.That(outbox.LastError, Does.Contain("failed"));
    }

    [Test]
    public async Task ContractingEmails_SavedWithHandledMark()
    {
        var plan = await TestPlans.CreateAsync();
        using var log = EfCommandLog.Start(command => command.Text.Contains("\"EmailMessages\"", StringComparison.Ordinal)
            || command.Text.Contains("\"OutboxMessages\"", StringComparison.Ordinal));
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());

        var messages = await WaitForEmailsAsync(contractId, EmailStatus.Sent);
        var outboxId = await ApiServer.QueryAsync(db => db.OutboxMessages
            .Where(m => m.Payload.Contains(contractId.ToString()) && m.Type.EndsWith(".ContractingCompleted"))
            .Select(m => m.Id)
            .SingleAsync());
        var emailWrites = log.Commands
            .Where(c => IsWriteTo("EmailMessages", c) && (c.Binds(contractId) || messages.Any(m => c.Binds(m.Id))))
            .ToList();
        var handledMarks = log.Commands
            .Where(c => c.Text.Contains("\"ProcessedAt\" = @", StringComparison.Ordinal) && c.Binds(outboxId))
            .ToList();

        Assert.That(messages.Select(m => m.Status), Is.All.EqualTo(EmailStatus.Sent));
        Assert.That(emailWrites, Is.Not.Empty);
        Assert.That(handledMarks, Has.Count.EqualTo(1));
        Assert.That(emailWrites.Select(c => c.Transaction), Is.All.EqualTo(handledMarks[0].Transaction), "e-mail rows written in the transaction that marks the event handled");
        Assert.That(handledMarks[0].Transaction, Is.Not.Null);
    }

    private static bool IsWriteTo(string table, LoggedCommand command) =>
        command.Text.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal)
        || command.Text.Contains($"UPDATE \"{table}\"", StringComparison.Ordinal);

    /// <summary>Dispatches the outbox until the contract has two e-mails and one of them has <paramref name="status"/>.</summary>
    private static async Task<List<EmailMessage>> WaitForEmailsAsync(Guid contractId, EmailStatus status)
    {
        var dispatcher = ApiServer.Services.GetRequiredService<OutboxDispatcher>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            await dispatcher.DispatchPendingAsync(CancellationToken.None);
            var messages = await ApiServer.QueryAsync(db => db.EmailMessages.AsNoTracking().Where(m => m.RelatedId == contractId).ToListAsync());
            if ((messages.Count == 2 && messages.Any(m => m.Status == status)) || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(100);
        }
    }
}
