using System.Diagnostics.CodeAnalysis;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Contracts.Shared;

/// <summary>
/// Builds the contracts report's query, one tenant only. Every step translates to SQL on SQLite and on
/// SQL Server, so the database pages the list and the export reads rows without loading the whole table.
/// </summary>
internal static class ContractReportQuery
{
    public static IQueryable<ContractReportSource> Filtered(IAppDbContext db, Guid tenantId, ContractFilter filter)
    {
        var query = Source(db, tenantId);
        query = filter.RegisteredBy is { } registeredBy ? query.Where(r => r.RegisteredBy == registeredBy) : query;
        query = filter.Status is { } status ? query.Where(r => r.Status == status) : query;
        query = filter.PlanId is { } planId ? query.Where(r => r.PlanId == planId) : query;
        query = filter.UnitId is { } unitId ? query.Where(r => r.UnitId == unitId) : query;
        query = filter.From is { } from ? query.Where(r => r.StartDate >= from) : query;
        query = filter.To is { } to ? query.Where(r => r.StartDate <= to) : query;
        return filter.Search is { } search ? Search(query, search) : query;
    }

    /// <summary>
    /// Orders by the requested field, then by id so that pages never overlap. Names follow
    /// <paramref name="nameCollation"/>, so case and accents do not move a name to the end.
    /// </summary>
    public static IQueryable<ContractReportSource> Sorted(IQueryable<ContractReportSource> query, ContractSort sort, string nameCollation)
    {
        var ordered = (sort.Field, sort.Descending) switch
        {
            (ContractSortField.CustomerName, false) => query.OrderBy(r => EF.Functions.Collate(r.CustomerName, nameCollation)),
            (ContractSortField.CustomerName, true) => query.OrderByDescending(r => EF.Functions.Collate(r.CustomerName, nameCollation)),

            // EF Core on SQLite cannot order by a decimal column (it is stored as text), so both providers
            // order by its value cast to a double. Prices of up to 15 significant digits keep their order.
            (ContractSortField.MonthlyPrice, false) => query.OrderBy(r => (double)r.MonthlyPrice),
            (ContractSortField.MonthlyPrice, true) => query.OrderByDescending(r => (double)r.MonthlyPrice),
            (_, false) => query.OrderBy(r => r.StartDate),
            (_, true) => query.OrderByDescending(r => r.StartDate),
        };
        return ordered.ThenBy(r => r.Id);
    }

    private static IQueryable<ContractReportSource> Source(IAppDbContext db, Guid tenantId) =>
        from contract in db.Contracts
        join customer in db.Customers on contract.CustomerId equals customer.Id
        join unit in db.Units on contract.UnitId equals unit.Id
        where contract.TenantId == tenantId
        select new ContractReportSource
        {
            Id = contract.Id,
            CustomerName = customer.Name,
            CustomerEmail = customer.Email,
            CustomerDocument = customer.Document,
            PlanId = contract.PlanId,
            PlanName = contract.PlanName,
            UnitId = contract.UnitId,
            UnitName = unit.Name,
            RegisteredBy = contract.RegisteredBy,
            Status = contract.Status,
            StartDate = contract.StartDate,
            EndDate = contract.EndDate,
            DueDay = contract.DueDay,
            MonthlyPrice = contract.MonthlyPrice,
            PaymentMethod = contract.PaymentOption.Method,
            SignatureStatus = contract.SignatureStatus,
        };

    /// <summary>
    /// Matches part of the name or e-mail in any letter case, or the whole CPF/CNPJ.
    /// NOTE: SQLite's lower() folds ASCII letters only, so on SQLite "JOÃO" does not match "joão";
    /// SQL Server folds every letter.
    /// </summary>
    [SuppressMessage("Globalization", "CA1304", Justification = "EF Core translates ToLower to SQL lower(); it never runs in .NET.")]
    [SuppressMessage("Globalization", "CA1311", Justification = "EF Core translates ToLower to SQL lower(); it never runs in .NET.")]
    [SuppressMessage("Performance", "CA1862", Justification = "EF Core cannot translate Contains with a StringComparison.")]
    private static IQueryable<ContractReportSource> Search(IQueryable<ContractReportSource> query, string search)
    {
        var term = search.ToLowerInvariant();
        if (TaxDocument.TryParse(search, DocumentKind.Cpf, out var document) || TaxDocument.TryParse(search, DocumentKind.Cnpj, out document))
        {
            return query.Where(r => r.CustomerDocument == document || r.CustomerName.ToLower().Contains(term) || r.CustomerEmail.ToLower().Contains(term));
        }

        return query.Where(r => r.CustomerName.ToLower().Contains(term) || r.CustomerEmail.ToLower().Contains(term));
    }
}
