using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Contracts;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Checkouts.Shared;

/// <summary>Reads a checkout's current state from the database, for first responses, replays and status polls.</summary>
public sealed class CheckoutResultReader(IAppDbContext db)
{
    public async Task<CheckoutResultDto> ReadAsync(Guid checkoutId, CancellationToken cancellationToken)
    {
        var row = await (
                from checkout in db.Checkouts.AsNoTracking()
                join contract in db.Contracts.AsNoTracking() on checkout.ContractId equals contract.Id
                join firstCharge in db.Charges.AsNoTracking() on checkout.ChargeId equals firstCharge.Id
                where checkout.Id == checkoutId
                select new { checkout.Id, checkout.ClientAreaEnabled, ContractId = contract.Id, ContractStatus = contract.Status, contract.SignatureStatus, Charge = firstCharge })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Checkout", checkoutId.ToString());

        var charge = row.Charge;
        var status = row.ContractStatus == ContractStatus.Active ? CheckoutStatus.Active
            : charge.Status == ChargeStatus.Declined ? CheckoutStatus.PaymentDeclined
            : CheckoutStatus.AwaitingPayment;

        var payment = new CheckoutPaymentDto(
            charge.PaymentOption.Method,
            charge.PaymentOption.Provider,
            charge.Status,
            charge.Amount,
            charge.DueDate,
            charge.PixCopyPaste,
            charge.PixQrCodeImage,
            charge.BoletoDigitableLine,
            charge.BoletoBarcode,
            charge.BoletoPdfUrl,
            charge.DeclineReason);

        return new CheckoutResultDto(row.Id, row.ContractId, status, row.ClientAreaEnabled, payment, row.SignatureStatus);
    }
}
