using System.Text.Json;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Contracts;
using Conexa.Domain.Emails;
using Conexa.FunctionalTests.Support;
using Conexa.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Reliability;

/// <summary>
/// The outbox claims a batch of messages in one transaction before it handles any, and gives back the ones it
/// could not reach within half their lease. Each test runs its own API with the background dispatcher off, so
/// only the test dispatches.
/// </summary>
public sealed class OutboxBatchTests
{
    [Test]
    public async Task Dispatch_ClaimsWholeBatchFirst()
    {
        var probe = new ClaimProbe(TimeSpan.Zero);
        await using var api = await StartAsync(probe, lease: TimeSpan.FromMinutes(1));
        await api.AddMessagesAsync(3);

        var handled = await api.Dispatcher.DispatchPendingAsync(CancellationToken.None);
        var messages = await api.MessagesAsync();

        Assert.That(handled, Is.EqualTo(3));
        Assert.That(probe.LockedAtEachCall, Is.EqualTo(new[] { 3, 2, 1 }));
        Assert.That(messages.Select(m => m.ProcessedAt), Is.All.Not.Null);
        Assert.That(messages.Select(m => m.Attempts), Is.All.EqualTo(1));
    }

    [Test]
    public async Task SlowBatch_GivesBackUnreachedMessages()
    {
        // Half of the 400 ms lease passes while the first message is handled.
        var probe = new ClaimProbe(TimeSpan.FromMilliseconds(300));
        await using var api = await StartAsync(probe, lease: TimeSpan.FromMilliseconds(400));
        await api.AddMessagesAsync(3);

        var handled = await api.Dispatcher.DispatchPendingAsync(CancellationToken.None);
        var messages = await api.MessagesAsync();

        Assert.That(handled, Is.EqualTo(1));
        Assert.That(messages.Count(m => m.ProcessedAt is not null), Is.EqualTo(1));
        Assert.That(messages.Where(m => m.ProcessedAt is null).Select(m => m.LockedUntil), Is.All.Null);
        Assert.That(messages.Where(m => m.ProcessedAt is null).Select(m => m.Attempts), Is.All.EqualTo(0));
    }

    [Test]
    public async Task FailedSave_KeepsMessageForRetry()
    {
        var probe = new ClaimProbe(TimeSpan.Zero) { AddsWelcomeEmail = true };
        await using var api = await StartAsync(probe, lease: TimeSpan.FromMinutes(1));
        await api.AddMessagesAsync(1);
        var contractId = JsonSerializer.Deserialize<ContractingCompleted>((await api.MessagesAsync()).Single().Payload)!.ContractId;
        await api.AddEmailAsync(WelcomeEmail(contractId));
        var startedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var handled = await api.Dispatcher.DispatchPendingAsync(CancellationToken.None);
        var message = (await api.MessagesAsync()).Single();

        Assert.That(handled, Is.Zero);
        Assert.That(message.ProcessedAt, Is.Null);
        Assert.That(message.LastError, Does.Contain("UNIQUE"));
        Assert.That(message.LockedUntil, Is.GreaterThan(startedAt), "retried after a delay");
        Assert.That(await api.EmailCountAsync(contractId), Is.EqualTo(1), "the handler's e-mail row was dropped");
    }

    [Test]
    public async Task SlowHandler_CancelledBeforeLeaseEnds()
    {
        var probe = new ClaimProbe(TimeSpan.FromSeconds(10)) { ObservesCancellation = true };
        await using var api = await StartAsync(probe, lease: TimeSpan.FromMilliseconds(500));
        await api.AddMessagesAsync(1);
        var claimedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var handled = await api.Dispatcher.DispatchPendingAsync(CancellationToken.None);
        var returnedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var message = (await api.MessagesAsync()).Single();

        Assert.That(handled, Is.Zero);
        Assert.That(probe.WasCancelled, Is.True);
        Assert.That(returnedAt - claimedAt, Is.LessThan(5_000), "the slow handler did not keep the dispatcher waiting");
        Assert.That(message.ProcessedAt, Is.Null);
        Assert.That(message.LastError, Does.Contain("timed out"));
        Assert.That(message.LockedUntil, Is.GreaterThan(returnedAt), "retried after a delay");
    }

    /// <summary>
    /// Records, at each call from the probe handler, how many messages are claimed and not yet processed, then waits
    /// for the delay.
    /// </summary>
    private sealed class ClaimProbe(TimeSpan delay)
    {
        private readonly List<int> _locked = [];

        public IReadOnlyList<int> LockedAtEachCall => _locked;

        /// <summary>Whether the handler also adds, unsaved, a welcome e-mail about the event's contract.</summary>
        public bool AddsWelcomeEmail { get; init; }

        /// <summary>Whether the handler's wait ends when the dispatcher cancels it.</summary>
        public bool ObservesCancellation { get; init; }

        /// <summary>Gets whether the dispatcher cancelled the handler while it waited.</summary>
        public bool WasCancelled { get; private set; }

        public async Task HandleAsync(AppDbContext db, ContractingCompleted domainEvent, CancellationToken cancellationToken)
        {
            _locked.Add(await db.OutboxMessages.CountAsync(m => m.LockedUntil != null && m.ProcessedAt == null, CancellationToken.None));
            if (AddsWelcomeEmail)
            {
                db.EmailMessages.Add(WelcomeEmail(domainEvent.ContractId));
            }

            if (!ObservesCancellation)
            {
                await Task.Delay(delay, CancellationToken.None);
                return;
            }

            try
            {
                await Task.Delay(delay, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                WasCancelled = true;
                throw;
            }
        }
    }

    private static EmailMessage WelcomeEmail(Guid contractId) =>
        EmailMessage.Queue(Guid.NewGuid(), EmailKind.Welcome, contractId, "cliente@example.com", "Bem-vindo(a)", "<p>Olá</p>", DateTimeOffset.UtcNow);

    private sealed class ProbeHandler(AppDbContext db, ClaimProbe probe) : IDomainEventHandler<ContractingCompleted>
    {
        public Task HandleAsync(ContractingCompleted domainEvent, CancellationToken cancellationToken) => probe.HandleAsync(db, domainEvent, cancellationToken);
    }

    /// <summary>Starts an API whose background dispatcher is off, with the probe among the ContractingCompleted handlers.</summary>
    private static Task<OutboxTestApi> StartAsync(ClaimProbe probe, TimeSpan lease) =>
        OutboxTestApi.StartAsync(
            new Dictionary<string, string?> { ["Outbox:Enabled"] = "false", ["Outbox:Lease"] = lease.ToString() },
            builder =>
            {
                builder.Services.AddSingleton(probe);
                builder.Services.AddScoped<IDomainEventHandler<ContractingCompleted>, ProbeHandler>();
            });
}
