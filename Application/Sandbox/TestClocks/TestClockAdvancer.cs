using System.Globalization;
using Conexa.Application.Billing;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Payments.Reconciliation;
using Conexa.Application.Payments.RecoverPaymentStarts;
using Conexa.Application.Signatures.Reconcile;
using Conexa.Domain.Auditing;
using Conexa.Domain.Common;
using Conexa.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Sandbox.TestClocks;

/// <summary>
/// Moves a tenant's test clock forward in steps of at most one day. After each step it runs, in order, the
/// billing run, the overdue check and stalled payment starts for that tenant, then payment and signature
/// reconciliation and the outbox (e-mails and provider cancellations). Those last three serve every tenant,
/// because providers are read charge by charge. Each job is safe to repeat, so a failed advance can simply be
/// sent again.
/// </summary>
public sealed partial class TestClockAdvancer(
    IAppDbContext db,
    BillingRunner billing,
    OverdueRunner overdue,
    PaymentStartRecovery recovery,
    SignatureReconciler signatures,
    ReconciliationRunner reconciliation,
    IOutboxDrain outbox,
    TimeProvider clock,
    ILogger<TestClockAdvancer> logger)
{
    /// <summary>The longest advance one request may make, so a request's work stays bounded.</summary>
    public static readonly TimeSpan MaxAdvance = TimeSpan.FromDays(731);

    private static readonly TimeSpan Step = TimeSpan.FromDays(1);

    public async Task<TestClockAdvanceDto> AdvanceAsync(Guid tenantId, DateTimeOffset target, string actor, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, cancellationToken);
        var start = tenant.EnsureCanAdvanceTo(target);
        if (target - start > MaxAdvance)
        {
            throw new BusinessRuleException("test-clock-advance-too-long", $"Cada avanço cobre no máximo {MaxAdvance.TotalDays:0} dias. Avance em várias requisições.");
        }

        var days = 0;
        var created = 0;
        var overdueCount = 0;
        var dispatched = await outbox.DrainAsync(cancellationToken);
        for (var instant = start; instant < target;)
        {
            instant = target - instant > Step ? instant + Step : target;
            await MoveClockAsync(tenantId, instant, cancellationToken);
            created += (await billing.RunAsync(cancellationToken, tenantId)).ChargesCreated;
            overdueCount += await overdue.RunAsync(cancellationToken, tenantId);
            await recovery.RunAsync(cancellationToken, tenantId);
            await reconciliation.RunAsync(cancellationToken);
            await signatures.RunAsync(cancellationToken);
            dispatched += await outbox.DrainAsync(cancellationToken);
            days++;
        }

        db.DiscardChanges();
        db.AuditEntries.Add(AuditEntry.Record(tenantId, "test-clock.advanced", nameof(Tenant), tenantId, actor, target, string.Create(CultureInfo.InvariantCulture, $"Relógio de teste avançado de {start.ToUniversalTime():yyyy-MM-ddTHH:mm:ssZ} até {target.ToUniversalTime():yyyy-MM-ddTHH:mm:ssZ}.")));
        await db.SaveChangesAsync(cancellationToken);
        tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, cancellationToken);
        LogAdvanced(tenantId, start, target, days, created, overdueCount);
        var now = GetTestClockQueryHandler.ToDto(tenant, clock);
        return new TestClockAdvanceDto(now.Frozen, now.Instant, now.LocalDate, now.TimeZone, days, created, overdueCount, dispatched);
    }

    private async Task MoveClockAsync(Guid tenantId, DateTimeOffset instant, CancellationToken cancellationToken)
    {
        db.DiscardChanges();
        var tenant = await db.Tenants.SingleAsync(t => t.Id == tenantId, cancellationToken);
        tenant.AdvanceTestClock(instant);
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Test clock of tenant {TenantId} advanced from {From} to {To} in {Days} steps: {ChargesCreated} charges created, {ChargesOverdue} overdue")]
    private partial void LogAdvanced(Guid tenantId, DateTimeOffset from, DateTimeOffset to, int days, int chargesCreated, int chargesOverdue);
}
