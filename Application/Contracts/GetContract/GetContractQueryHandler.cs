using Conexa.Application.Attachments.Shared;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Contracts.Shared;
using Conexa.Domain.Customers;
using Conexa.Domain.Sales;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Contracts.GetContract;

public sealed class GetContractQueryHandler(IAppDbContext db, ICurrentUser user, IStaffDirectory staff, TimeProvider clock) : IQueryHandler<GetContractQuery, ContractDto>
{
    public async ValueTask<ContractDto> Handle(GetContractQuery query, CancellationToken cancellationToken)
    {
        var contract = await ContractLoader.LoadAsync(db, user, query.ContractId, cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == contract.TenantId, cancellationToken);
        var today = tenant.LocalDate(tenant.Now(clock));
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == contract.CustomerId, cancellationToken);
        var linkedPerson = customer.Kind == CustomerKind.Company
            ? await db.LinkedPeople.AsNoTracking().SingleOrDefaultAsync(p => p.Id == contract.LinkedPersonId, cancellationToken)
            : null;
        var charges = await db.Charges.AsNoTracking().Where(c => c.ContractId == contract.Id).ToListAsync(cancellationToken);
        var auditedIds = charges.Select(c => c.Id).Append(contract.Id).ToList();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.TenantId == contract.TenantId && auditedIds.Contains(a.EntityId))
            .Select(a => new { a.Id, Entry = new AuditDto(a.Action, a.Actor, a.OccurredAt, a.Details, null) })
            .ToListAsync(cancellationToken);

        // Entries of one instant, such as under a frozen test clock, keep the order they were written in: their ids
        // are time-ordered.
        var audit = entries.OrderBy(e => e.Entry.OccurredAt).ThenBy(e => e.Id).Select(e => e.Entry).ToList();
        var names = await staff.NamesAsync(contract.TenantId, audit.Select(a => UserIdOf(a.Actor)).OfType<Guid>().Distinct().ToList(), cancellationToken);
        audit = audit.Select(a => UserIdOf(a.Actor) is { } id && names.TryGetValue(id, out var name) ? a with { ActorName = name } : a).ToList();
        var attachments = await db.Attachments.AsNoTracking()
            .Where(a => a.ContractId == contract.Id && a.TenantId == contract.TenantId)
            .Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.CreatedAt))
            .ToListAsync(cancellationToken);
        var firstCharge = charges.Where(c => c.SaleId != null).MinBy(c => c.CreatedAt);
        var payUntil = contract.IsCancelledWhenFirstPaymentMissed && firstCharge is { IsOpen: true }
            ? firstCharge.LastPayableDate(tenant.WriteOffDays)
            : (DateOnly?)null;
        var credits = await db.CustomerCredits.AsNoTracking().Where(c => c.ContractId == contract.Id).Select(c => c.Amount).ToListAsync(cancellationToken);

        return new ContractDto(
            contract.Id,
            contract.CustomerId,
            customer.Name,
            new CustomerContactDto(customer.Kind, customer.Document.Masked, customer.Email, BrazilianPhone.National(customer.Phone) ?? customer.Phone, linkedPerson?.Name, linkedPerson?.Email),
            contract.PlanName,
            contract.RegisteredBy,
            contract.Status,
            contract.StartDate,
            contract.DueDay,
            contract.EndDate,
            contract.MonthlyPrice,
            contract.AdhesionFee,
            contract.ActivationPolicy,
            contract.PaymentOption.Method,
            contract.SignatureStatus,
            charges.OrderBy(c => c.DueDate).ThenBy(c => c.CreatedAt).Select(c => new ChargeDto(
                c.Id,
                c.PeriodIndex,
                c.Purpose,
                c.DueDate,
                c.Amount,
                c.Status,
                c.Status == ChargeStatus.Declined ? c.DeclineReason : null,
                c.Status == ChargeStatus.Paid && c.PaidAt is { } paidAt ? tenant.LocalDate(paidAt) : null,
                c.SettledOutsideProvider)).ToList(),
            contract.QuotasOn(today).Select(q => new QuotaDto(q.PeriodStart, q.PeriodEnd, q.Resource, q.Amount, q.Unit)).ToList(),
            credits.Sum(),
            audit,
            attachments.OrderBy(a => a.CreatedAt).ThenBy(a => a.FileName, StringComparer.Ordinal).ToList(),
            payUntil,
            contract.CancelledAt,
            contract.CancellationReason);
    }

    /// <summary>Returns the user id of a "user:{id}" actor, or null for other actors.</summary>
    private static Guid? UserIdOf(string actor) =>
        actor.StartsWith(UserActorPrefix, StringComparison.Ordinal) && Guid.TryParse(actor.AsSpan(UserActorPrefix.Length), out var id) ? id : null;

    private const string UserActorPrefix = "user:";
}
