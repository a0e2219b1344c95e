using Conexa.Application.Checkouts.GetPixQrCode;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Checkouts;
using Conexa.Domain.Contracts;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Checkouts.Shared;

/// <summary>Reads a checkout's current state from the database, for replays and status polls, or builds it from records in memory.</summary>
public sealed class CheckoutResultReader(IAppDbContext db)
{
    public async Task<CheckoutResultDto> ReadAsync(Guid checkoutId, CancellationToken cancellationToken)
    {
        var row = await (
                from checkout in db.Checkouts.AsNoTracking()
                join contract in db.Contracts.AsNoTracking() on checkout.ContractId equals contract.Id
                join firstCharge in db.Charges.AsNoTracking() on checkout.ChargeId equals firstCharge.Id
                join tenant in db.Tenants.AsNoTracking() on checkout.TenantId equals tenant.Id
                where checkout.Id == checkoutId
                select new { checkout.Id, checkout.ClientAreaEnabled, ContractId = contract.Id, ContractStatus = contract.Status, contract.ActivationPolicy, contract.TerminatedAt, contract.CancellationReason, contract.SignatureStatus, Charge = firstCharge, tenant.WriteOffDays })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Checkout", checkoutId.ToString());

        var charge = row.Charge;
        if (charge.Status == ChargeStatus.Cancelled)
        {
            // A termination before the first payment replaces the first charge by the first period's pro-rata,
            // which is what the customer owes now.
            charge = await db.Charges.AsNoTracking()
                .Where(c => c.ContractId == row.ContractId && c.PeriodIndex == charge.PeriodIndex && c.Purpose == ChargePurpose.ProRata && c.Status != ChargeStatus.Cancelled)
                .FirstOrDefaultAsync(cancellationToken) ?? charge;
        }

        return Describe(row.Id, row.ClientAreaEnabled, row.ContractId, row.ContractStatus, row.ActivationPolicy, row.TerminatedAt is not null, row.CancellationReason, row.SignatureStatus, charge, row.WriteOffDays);
    }

    /// <summary>
    /// Tells whether the customer can pay a checkout's first charge again: it was declined, or the provider closed it
    /// (an expired or cancelled Inter boleto) while the contract still runs. Every cancellation made here also ends
    /// the contract (operator cancellation, write-off, termination), so a cancelled charge of a running contract was
    /// closed by the provider.
    /// </summary>
    public static bool IsRetryable(Charge charge, ContractStatus contractStatus) =>
        charge.Status == ChargeStatus.Declined
        || (charge.Status == ChargeStatus.Cancelled && contractStatus is ContractStatus.AwaitingPayment or ContractStatus.Active);

    /// <summary>Builds the state from records already in memory, such as those a checkout has just saved.</summary>
    public static CheckoutResultDto Describe(Checkout checkout, Contract contract, Charge firstCharge, int writeOffDays)
    {
        ArgumentNullException.ThrowIfNull(checkout);
        ArgumentNullException.ThrowIfNull(contract);
        return Describe(checkout.Id, checkout.ClientAreaEnabled, contract.Id, contract.Status, contract.ActivationPolicy, contract.TerminatedAt is not null, contract.CancellationReason, contract.SignatureStatus, firstCharge, writeOffDays);
    }

    private static CheckoutResultDto Describe(
        Guid checkoutId,
        bool clientAreaEnabled,
        Guid contractId,
        ContractStatus contractStatus,
        ActivationPolicy activationPolicy,
        bool terminationRecorded,
        ContractCancellationReason? cancellationReason,
        SignatureStatus signatureStatus,
        Charge charge,
        int writeOffDays)
    {
        ArgumentNullException.ThrowIfNull(charge);
        var status = contractStatus == ContractStatus.Active ? CheckoutStatus.Active
            : IsRetryable(charge, contractStatus) ? CheckoutStatus.PaymentDeclined
            : CheckoutStatus.AwaitingPayment;

        // A customer back on a paid, declined or cancelled checkout gets no Pix code or boleto to pay it again.
        var isPayable = charge.IsPayable;
        var payment = new CheckoutPaymentDto(
            charge.PaymentOption.Method,
            charge.PaymentOption.Provider,
            charge.Status,
            charge.Amount,
            charge.DueDate,
            isPayable ? charge.PixCopyPaste : null,
            GetPixQrCodeQuery.PathOf(charge),
            isPayable ? charge.BoletoDigitableLine : null,
            isPayable ? charge.BoletoBarcode : null,
            isPayable ? charge.BoletoPdfUrl : null,
            charge.DeclineReason);

        // Only a contract awaiting its first payment, or one with immediate access whose first charge is still open, is
        // cancelled when that payment never arrives, and neither once its termination is recorded.
        var firstPaymentDue = Contract.CancelsWhenFirstPaymentMissed(contractStatus, activationPolicy, terminationRecorded)
            && (contractStatus == ContractStatus.AwaitingPayment || (charge.SaleId is not null && charge.IsOpen));
        var payUntil = firstPaymentDue ? charge.LastPayableDate(writeOffDays) : (DateOnly?)null;
        var cancelled = contractStatus == ContractStatus.Cancelled;

        // Contracts cancelled before the reason was recorded were all cancelled for a missed payment.
        var reason = cancelled ? cancellationReason ?? ContractCancellationReason.FirstPaymentMissed : (ContractCancellationReason?)null;
        return new CheckoutResultDto(checkoutId, contractId, status, clientAreaEnabled, payment, signatureStatus, cancelled, payUntil, reason);
    }
}
