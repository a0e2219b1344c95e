using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Payments;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Checkouts.GetBoletoPdf;

/// <summary>
/// Returns the PDF of an issued Inter boleto while it can be paid, overdue included. A charge that is not an Inter
/// boleto, whose boleto is not registered yet, or that is paid or closed is reported as not found, so the route
/// reveals nothing about other charges.
/// </summary>
public sealed class GetBoletoPdfQueryHandler(IAppDbContext db, IInterChargeSource inter) : IQueryHandler<GetBoletoPdfQuery, byte[]>
{
    public async ValueTask<byte[]> Handle(GetBoletoPdfQuery query, CancellationToken cancellationToken)
    {
        var charge = await db.Charges.AsNoTracking()
            .Where(c => c.Id == query.ChargeId
                && c.PaymentOption.Provider == PaymentProvider.Inter
                && c.BoletoDigitableLine != null
                && (c.Status == ChargeStatus.AwaitingPayment || c.Status == ChargeStatus.Overdue))
            .Select(c => new { AccountTenantId = c.StartedWithTenantAccount ? (Guid?)c.TenantId : null, c.ProviderChargeId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Boleto", query.ChargeId.ToString());

        return await inter.GetPdfAsync(charge.AccountTenantId, charge.ProviderChargeId!, cancellationToken);
    }
}
