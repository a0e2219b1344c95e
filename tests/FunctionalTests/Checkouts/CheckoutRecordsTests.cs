using Conexa.Domain.Contracts;
using Conexa.Domain.Plans;
using Conexa.FunctionalTests.Support;
using Conexa.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Checkouts;

public sealed class CheckoutRecordsTests
{
    [Test]
    public async Task Checkout_WritesMaskedAuditEntry()
    {
        var plan = await TestPlans.CreateAsync();

        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());
        var entry = await ApiServer.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == contractId));

        Assert.That(entry.Action, Is.EqualTo("contract.created"));
        Assert.That(entry.TenantId, Is.EqualTo(plan.TenantId));
        Assert.That(entry.Details, Does.Contain("***.982.247-**"));
        Assert.That(entry.Details, Does.Not.Contain("52998224725"));
    }

    [Test]
    public async Task Checkout_WritesItsEventToTheOutbox()
    {
        var plan = await TestPlans.CreateAsync();

        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = checkout["contractId"]!.GetValue<string>();
        var messages = await ApiServer.QueryAsync(db => db.OutboxMessages.Where(m => m.Payload.Contains(contractId)).ToListAsync());

        Assert.That(messages.Select(m => m.Type), Has.One.EndsWith(".ContractingCompleted"));
    }

    [Test]
    public async Task UnhandledEvent_SkipsTheOutbox()
    {
        // The contract activates at once and raises ContractActivated, which nothing handles.
        var plan = await TestPlans.CreateAsync(policy: ActivationPolicy.Immediate);

        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = checkout["contractId"]!.GetValue<string>();
        var messages = await ApiServer.QueryAsync(db => db.OutboxMessages.Where(m => m.Payload.Contains(contractId)).ToListAsync());

        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(messages.Select(m => m.Type), Is.EqualTo(new[] { typeof(ContractingCompleted).FullName }));
    }

    [Test]
    public async Task OutboxEvent_IsDeliveredOnceToConcurrentDispatchers()
    {
        var plan = await TestPlans.CreateAsync();
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var contractId = Guid.Parse(checkout["contractId"]!.GetValue<string>());
        var dispatcher = ApiServer.Services.GetRequiredService<OutboxDispatcher>();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => dispatcher.DispatchPendingAsync(CancellationToken.None)));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => dispatcher.DispatchPendingAsync(CancellationToken.None)));
        var message = await ApiServer.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.Payload.Contains(contractId.ToString()) && m.Type.EndsWith(".ContractingCompleted")));

        Assert.That(ApiServer.ContractingHandler.DeliveriesOf(contractId), Is.EqualTo(1));
        Assert.That(message.ProcessedAt, Is.Not.Null);
    }
}
