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
/// cancelled here becomes the customer's credit and changes nothing else.
/// </summary>
public sealed class ChargePaymentRecorder(IAppDbContext db, TenantClock tenantClock, ConexaTelemetry telemetry)
{
    /// <summary>
    /// Marks the charge paid; returns false when it already was, so repeated callbacks change nothing. A tenant
    /// on a sandbox test clock records the payment at its clock's instant rather than at the provider's.
    /// </summary>
    public async Task<bool> RecordAsync(Charge charge, DateTimeOffset paidAt, CancellationToken cancellationToken)
    {
        paidAt = await tenantClock.TestInstantAsync(charge.TenantId, cancellationToken) ?? paidAt;
        // A written-off first charge cancelled its contracting, so its late payment buys nothing either.
        var owedBack = charge.Status == ChargeStatus.Cancelled
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
            // The money arrived for a charge that no longer counts, so it is owed back to the customer. The operator
            // refunds it or uses it, and a cancelled or terminated contract stays as it is.
            db.CustomerCredits.Add(CustomerCredit.Grant(
                charge.TenantId,
                charge.CustomerId,
                charge.ContractId,
                charge.Amount,
                "Pagamento recebido depois que a cobrança foi cancelada ou baixada.",
                paidAt));
            db.AuditEntries.Add(AuditEntry.Record(
                charge.TenantId,
                "charge.paid-after-cancellation",
                nameof(Charge),
                charge.Id,
                provider,
                paidAt,
                $"{ContractDocumentIssuer.Brl(charge.Amount)} recebido depois que a cobrança foi cancelada ou baixada; registrado como crédito do cliente."));
            return true;
        }

        db.AuditEntries.Add(AuditEntry.Record(charge.TenantId, "charge.paid", nameof(Charge), charge.Id, provider, paidAt));

        var contract = await db.Contracts.SingleAsync(c => c.Id == charge.ContractId, cancellationToken);
        if (charge.SaleId is not null)
        {
            contract.RegisterFirstPayment(paidAt);
        }

        if (contract.Status == ContractStatus.Suspended)
        {
            var stillOverdue = await db.Charges.AnyAsync(
                c => c.ContractId == contract.Id && c.Id != charge.Id && c.Status == ChargeStatus.Overdue,
                cancellationToken);
            if (!stillOverdue)
            {
                contract.ResumeAfterPayment();
                db.AuditEntries.Add(AuditEntry.Record(charge.TenantId, "contract.resumed", nameof(Contract), contract.Id, "system", paidAt, "Acesso reaberto após o pagamento das cobranças em atraso."));
            }
        }

        return true;
    }
}
