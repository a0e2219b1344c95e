using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Customers.Shared;
using Mediator;
using Conexa.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Customers.ExportPersonalData;

public sealed class ExportPersonalDataQueryHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ExportPersonalDataQuery, PersonalDataDto>
{
    public async ValueTask<PersonalDataDto> Handle(ExportPersonalDataQuery query, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.CustomerId && c.TenantId == user.TenantId, cancellationToken)
            ?? throw new NotFoundException("Customer", query.CustomerId.ToString());
        var people = await db.LinkedPeople.AsNoTracking().Where(p => p.CustomerId == customer.Id).ToListAsync(cancellationToken);
        var contracts = await db.Contracts.AsNoTracking().Where(c => c.CustomerId == customer.Id).ToListAsync(cancellationToken);
        var contractIds = contracts.Select(c => c.Id).ToList();
        var charges = await db.Charges.AsNoTracking().Where(c => contractIds.Contains(c.ContractId)).ToListAsync(cancellationToken);
        var addresses = people.Select(p => p.Email).Append(customer.Email).ToList();
        var emails = await CustomerEmails.QueryAsync(db, customer.TenantId, contractIds, addresses, tracked: false, cancellationToken);
        var attachments = await db.Attachments.AsNoTracking()
            .Where(a => a.ContractId != null && contractIds.Contains(a.ContractId.Value))
            .ToListAsync(cancellationToken);

        var payers = await db.Checkouts.AsNoTracking()
            .Where(c => contractIds.Contains(c.ContractId) && c.PayerName != null)
            .ToDictionaryAsync(c => c.ContractId, cancellationToken);
        return new PersonalDataDto(
            customer.Id,
            customer.Kind,
            customer.Name,
            customer.Document.Formatted,
            customer.Email,
            customer.Phone,
            Format(customer.Address),
            customer.CreatedAt,
            customer.AnonymisedAt,
            people.Select(p => new PersonalDataPersonDto(p.Name, p.Document.Formatted, p.Email)).ToList(),
            contracts.Select(c => new PersonalDataContractDto(
                c.Id,
                c.PlanName,
                c.StartDate,
                c.EndDate,
                c.Status,
                charges.Where(ch => ch.ContractId == c.Id).OrderBy(ch => ch.DueDate).Select(ch => new PersonalDataChargeDto(ch.DueDate, ch.Amount, ch.Status)).ToList(),
                attachments.Where(a => a.ContractId == c.Id).OrderBy(a => a.CreatedAt)
                    .Select(a => new PersonalDataAttachmentDto(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.CreatedAt)).ToList(),
                payers.TryGetValue(c.Id, out var payer)
                    ? new PersonalDataPayerDto(payer.PayerName!, payer.PayerEmail!, payer.PayerPhone, Format(payer.PayerAddress))
                    : null))
                .ToList(),
            emails.OrderBy(m => m.CreatedAt).Select(m => new PersonalDataEmailDto(m.Subject, m.To, m.CreatedAt)).ToList());
    }

    private static string? Format(Address? address) => address is { } a
        ? $"{a.Street}, {a.Number} {a.Complement} - {a.District}, {a.City}/{a.State}, CEP {a.PostalCode}"
        : null;
}
