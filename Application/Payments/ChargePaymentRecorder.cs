using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Auditing;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Payments;

/// <summary>Applies a confirmed payment to a charge and, for a contract's first charge, to the contract.</summary>
public sealed class ChargePaymentRecorder(IAppDbContext db)
{
    /// <summary>Marks the charge paid; returns false when it already was, so repeated callbacks change nothing.</summary>
    public async Task<bool> RecordAsync(Charge charge, DateTimeOffset paidAt, CancellationToken cancellationToken)
    {
        if (!charge.RegisterPayment(paidAt))
        {
            return false;
        }

        db.AuditEntries.Add(AuditEntry.Record(charge.TenantId, "charge.paid", nameof(Charge), charge.Id, $"provider:{charge.PaymentOption.Provider.ToString().ToLowerInvariant()}", paidAt));

        if (charge.SaleId is not null)
        {
            var contract = await db.Contracts.SingleAsync(c => c.Id == charge.ContractId, cancellationToken);
            contract.RegisterFirstPayment(paidAt);
        }

        return true;
    }
}
