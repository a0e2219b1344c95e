using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Contracts;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.ClientArea;

/// <summary>The signed-in customer's contracts, newest first.</summary>
public sealed record GetClientContractsQuery : IQuery<ClientAreaDto>;

/// <summary>The client area: the customer's name and contracts.</summary>
public sealed record ClientAreaDto(string CustomerName, string TenantName, IReadOnlyList<ClientContractDto> Contracts);

/// <summary>
/// One contract as the client area shows it to its customer. <paramref name="CurrentQuotas"/> are the quotas of the period
/// that contains today in the tenant's time zone, and none while the contract gives no access (awaiting its first
/// payment, suspended, ended). <paramref name="CreditAmount"/> is what the contract owes the customer,
/// such as the unused part of a paid period after a termination. <paramref name="ContactEmail"/> is the unit's address
/// (the tenant's main e-mail when the unit has none), for a charge the customer cannot pay here, such as one the card
/// on file declined.
/// </summary>
public sealed record ClientContractDto(
    Guid Id,
    string PlanName,
    ContractStatus Status,
    DateOnly StartDate,
    DateOnly? EndDate,
    int DueDay,
    decimal MonthlyPrice,
    PaymentMethod PaymentMethod,
    SignatureStatus SignatureStatus,
    IReadOnlyList<ClientChargeDto> Charges,
    IReadOnlyList<ClientQuotaDto> CurrentQuotas,
    decimal CreditAmount,
    string ContactEmail);

/// <summary>
/// A charge with what the customer needs to pay it. The Pix code and the boleto's line and PDF are
/// filled only while the charge is open (pending or awaiting payment).
/// </summary>
public sealed record ClientChargeDto(
    Guid Id,
    DateOnly DueDate,
    decimal Amount,
    ChargeStatus Status,
    PaymentMethod Method,
    string? PixCopyPaste,
    string? BoletoDigitableLine,
    string? BoletoPdfUrl);

public sealed record ClientQuotaDto(DateOnly PeriodStart, DateOnly PeriodEnd, string Resource, decimal Amount, string Unit);

public sealed class GetClientContractsQueryHandler(IAppDbContext db, ICurrentCustomer customer, TimeProvider clock)
    : IQueryHandler<GetClientContractsQuery, ClientAreaDto>
{
    public async ValueTask<ClientAreaDto> Handle(GetClientContractsQuery query, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == customer.TenantId, cancellationToken);
        var customerName = await db.Customers.AsNoTracking()
            .Where(c => c.Id == customer.CustomerId && c.TenantId == tenant.Id)
            .Select(c => c.Name)
            .SingleAsync(cancellationToken);
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.CustomerId == customer.CustomerId && c.TenantId == tenant.Id)
            .ToListAsync(cancellationToken);
        var contractIds = contracts.Select(c => c.Id).ToList();
        var charges = await db.Charges.AsNoTracking()
            .Where(c => contractIds.Contains(c.ContractId))
            .ToListAsync(cancellationToken);
        var credits = await db.CustomerCredits.AsNoTracking()
            .Where(c => contractIds.Contains(c.ContractId))
            .Select(c => new { c.ContractId, c.Amount })
            .ToListAsync(cancellationToken);
        var today = tenant.LocalDate(tenant.Now(clock));
        var unitIds = contracts.Select(c => c.UnitId).Distinct().ToList();
        var unitEmails = await db.Units.AsNoTracking()
            .Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.NotificationEmail })
            .ToDictionaryAsync(u => u.Id, u => u.NotificationEmail, cancellationToken);

        var items = contracts
            .OrderByDescending(c => c.StartDate)
            .ThenByDescending(c => c.CreatedAt)
            .Select(contract => new ClientContractDto(
                contract.Id,
                contract.PlanName,
                contract.Status,
                contract.StartDate,
                contract.EndDate,
                contract.DueDay,
                contract.MonthlyPrice,
                contract.PaymentOption.Method,
                contract.SignatureStatus,
                charges
                    .Where(c => c.ContractId == contract.Id)
                    .OrderBy(c => c.DueDate)
                    .ThenBy(c => c.CreatedAt)
                    .Select(ToDto)
                    .ToList(),
                AccessOpen(contract)
                    ? contract.QuotasOn(today).Select(q => new ClientQuotaDto(q.PeriodStart, q.PeriodEnd, q.Resource, q.Amount, q.Unit)).ToList()
                    : [],
                credits.Where(c => c.ContractId == contract.Id).Sum(c => c.Amount),
                unitEmails.GetValueOrDefault(contract.UnitId) is { Length: > 0 } unitEmail ? unitEmail : tenant.MainEmail))
            .ToList();
        return new ClientAreaDto(customerName, tenant.Name, items);
    }

    /// <summary>
    /// Tells whether the customer may use the contract's space and quotas now: not before the first payment under the
    /// after-first-payment policy, nor while an overdue charge suspends it, nor after it ended.
    /// </summary>
    private static bool AccessOpen(Contract contract) => contract.Status == ContractStatus.Active;

    private static ClientChargeDto ToDto(Charge charge)
    {
        // A paid, declined or cancelled charge shows no Pix code or boleto to pay it again.
        var open = charge.IsPayable;
        return new ClientChargeDto(
            charge.Id,
            charge.DueDate,
            charge.Amount,
            charge.Status,
            charge.PaymentOption.Method,
            open ? charge.PixCopyPaste : null,
            open ? charge.BoletoDigitableLine : null,
            open ? charge.BoletoPdfUrl : null);
    }
}
