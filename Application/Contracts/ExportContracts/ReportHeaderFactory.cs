using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Text;
using Conexa.Application.Contracts.Shared;
using Conexa.Domain.Documents;
using Conexa.Domain.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Contracts.ExportContracts;

/// <summary>Describes the applied filters in pt-BR, with plan and unit names looked up in the tenant.</summary>
internal static class ReportHeaderFactory
{
    public static async Task<ReportHeader> CreateAsync(IAppDbContext db, Tenant tenant, ContractFilter filter, DateTime exportedAt, CancellationToken cancellationToken)
    {
        var filters = new List<string>();
        if (filter.RegisteredBy is { } registeredBy)
        {
            filters.Add($"Cadastrado por: {ContractLabels.Of(registeredBy)}");
        }

        if (filter.Status is { } status)
        {
            filters.Add($"Situação: {ContractLabels.Of(status)}");
        }

        if (filter.PlanId is { } planId)
        {
            var name = await db.Plans.Where(p => p.Id == planId && p.TenantId == tenant.Id).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
            filters.Add($"Plano: {name ?? $"não encontrado ({planId})"}");
        }

        if (filter.UnitId is { } unitId)
        {
            var name = await db.Units.Where(u => u.Id == unitId && u.TenantId == tenant.Id).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken);
            filters.Add($"Unidade: {name ?? $"não encontrada ({unitId})"}");
        }

        if (filter.From is not null || filter.To is not null)
        {
            filters.Add(StartDateRange(filter.From, filter.To));
        }

        if (filter.Search is { } search)
        {
            filters.Add($"Busca: \"{MaskedSearch(search)}\"");
        }

        return new ReportHeader($"Contratos — {tenant.Name}", filters, exportedAt, tenant.TimeZoneId);
    }

    /// <summary>
    /// Returns the search text with a whole CPF or CNPJ masked as the rows mask it, so that a file searched by a
    /// customer's number does not print that number in its title.
    /// </summary>
    private static string MaskedSearch(string search)
    {
        if (TaxDocument.TryParse(search, DocumentKind.Cpf, out var document) || TaxDocument.TryParse(search, DocumentKind.Cnpj, out document))
        {
            return document.Masked;
        }

        // A number shaped like a CPF or CNPJ whose check digits are wrong is masked the same way: it may be a mistyped one.
        var digits = new string([.. search.Where(char.IsAsciiDigit)]);
        var onlyNumber = search.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '/' or ' ');
        return (onlyNumber, digits.Length) switch
        {
            (true, 11) => $"***.{digits[3..6]}.{digits[6..9]}-**",
            (true, 14) => $"**.{digits[2..5]}.{digits[5..8]}/****-**",
            _ => search,
        };
    }

    private static string StartDateRange(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } start, { } end) => $"Início de {Portuguese.Date(start)} a {Portuguese.Date(end)}",
        ({ } start, null) => $"Início a partir de {Portuguese.Date(start)}",
        (null, { } end) => $"Início até {Portuguese.Date(end)}",
        _ => string.Empty,
    };
}
