using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Telemetry;
using Conexa.Application.Common.Time;
using Conexa.Application.Contracts.Documents;
using Conexa.Domain.Auditing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Credits;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Payments;

/// <summary>
/// Applies a confirmed payment to a charge and to its contract: activation or reopened access. A payment of a charge
/// cancelled here first pays the contract's other open charges it covers, such as a termination's pro-rata, and the
/// rest becomes the customer's credit. The contract's status does not change.
/// </summary>
public sealed class ChargePaymentRecorder(IAppDbContext db, TenantClock tenantClock, ConexaTelemetry telemetry, TimeProvider clock)
{
    /// <summary>The history entry written for each charge that a late payment settles.</summary>
    public const string SettledByCreditAction = "charge.settled-by-credit";

    /// <summary>
    /// Marks the charge paid; returns false when it already was, so repeated callbacks change nothing. A tenant
    /// on a sandbox test clock records the payment at its clock's instant rather than at the provider's.
    /// </summary>
    public async Task<bool> RecordAsync(Charge charge, DateTimeOffset paidAt, CancellationToken cancellationToken)
    {
        paidAt = await tenantClock.TestInstantAsync(charge.TenantId, cancellationToken) ?? paidAt;
        // A charge paid already (by the operator's record or the customer's credit) was paid twice, and a written-off
        // first charge cancelled its contracting, so their late payments buy nothing either.
        var duplicate = charge.Status == ChargeStatus.Paid;
        var owedBack = duplicate
            || charge.Status == ChargeStatus.Cancelled
            || (charge.Status == ChargeStatus.WrittenOff
                && charge.SaleId is not null
                && await db.Contracts.AnyAsync(c => c.Id == charge.ContractId && c.Status == ContractStatus.Cancelled, cancellationToken));
        if (!charge.RegisterPayment(paidAt, owedBack))
        {
            return false;
        }

        telemetry.ChargePaid(charge.PaymentOption);
        var provider = $"provider:{charge.PaymentOption.Provider.ToString().ToLowerInvariant()}";
        if (owedBack)
        {
            var credit = await SettleOpenChargesAsync(charge, paidAt, cancellationToken);
            db.AuditEntries.Add(AuditEntry.Record(
                charge.TenantId,
                duplicate ? "charge.paid-twice" : "charge.paid-after-cancellation",
                nameof(Charge),
                charge.Id,
                provider,
                paidAt,
                duplicate
                    ? $"{ContractDocumentIssuer.Brl(charge.Amount)} recebido no provedor depois que a cobrança foi paga por outro meio; {ContractDocumentIssuer.Brl(credit)} registrado como crédito do cliente."
                    : $"{ContractDocumentIssuer.Brl(charge.Amount)} recebido depois que a cobrança foi cancelada ou baixada; {ContractDocumentIssuer.Brl(credit)} registrado como crédito do cliente."));
            return true;
        }

        db.AuditEntries.Add(AuditEntry.Record(charge.TenantId, "charge.paid", nameof(Charge), charge.Id, provider, paidAt));
        await ApplyToContractAsync(charge, paidAt, cancellationToken);
        return true;
    }

    /// <summary>
    /// Applies a charge just paid to its contract at <paramref name="changedAt"/>: the first charge activates a contract
    /// waiting for it, and a suspended contract with no other overdue charge is resumed.
    /// </summary>
    public async Task ApplyToContractAsync(Charge charge, DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.SingleAsync(c => c.Id == charge.ContractId, cancellationToken);

        // The first period's pro-rata replaces the first charge when the contract is terminated before that payment, so
        // paying it opens access for the days it pays, as the first charge would have.
        if (charge.SaleId is not null || charge is { PeriodIndex: 0, Purpose: ChargePurpose.ProRata })
        {
            contract.RegisterFirstPayment(changedAt);
        }

        if (contract.Status == ContractStatus.Suspended)
        {
            var stillOverdue = await db.Charges.AnyAsync(
                c => c.ContractId == contract.Id && c.Id != charge.Id && c.Status == ChargeStatus.Overdue,
                cancellationToken);
            if (!stillOverdue)
            {
                contract.ResumeAfterPayment();
                db.AuditEntries.Add(AuditEntry.Record(charge.TenantId, "contract.resumed", nameof(Contract), contract.Id, "system", changedAt, "Acesso reaberto após o pagamento das cobranças em atraso."));
            }
        }
    }

    /// <summary>
    /// Pays, in due-date order, the contract's other open charges that the late payment of <paramref name="paid"/>
    /// covers in full, such as the pro-rata of a termination that replaced it, and credits the customer with the rest.
    /// Returns the credit. A charge whose payment is being started at the provider is left open.
    /// </summary>
    private async Task<decimal> SettleOpenChargesAsync(Charge paid, DateTimeOffset paidAt, CancellationToken cancellationToken)
    {
        var remaining = paid.Amount;
        var others = await db.Charges.Where(c => c.ContractId == paid.ContractId && c.Id != paid.Id).ToListAsync(cancellationToken);
        foreach (var open in others.Where(c => c.IsOpen && !c.IsPaymentStarting(clock.GetUtcNow())).OrderBy(c => c.DueDate).ThenBy(c => c.CreatedAt))
        {
            if (open.Amount > remaining)
            {
                break;
            }

            open.SettleWithCredit(paidAt);
            remaining -= open.Amount;
            db.AuditEntries.Add(AuditEntry.Record(
                open.TenantId,
                SettledByCreditAction,
                nameof(Charge),
                open.Id,
                "system",
                paidAt,
                $"Quitada com {ContractDocumentIssuer.Brl(open.Amount)} do pagamento recebido depois do cancelamento de outra cobrança."));
        }

        if (remaining > 0)
        {
            // The rest is owed back to the customer. The operator refunds it or uses it.
            db.CustomerCredits.Add(CustomerCredit.Grant(
                paid.TenantId,
                paid.CustomerId,
                paid.ContractId,
                remaining,
                paid.DuplicatePaymentAt is null ? CreditReasons.PaymentAfterCancellation : CreditReasons.DuplicatePayment,
                paidAt));
        }

        return remaining;
    }
}
