using System.Globalization;
using Conexa.Application.Common.Collections;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Contracts.Shared;
using Conexa.Domain.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Contracts.ExportContracts;

public sealed class ExportContractsQueryHandler(
    IAppDbContext db,
    ICurrentUser user,
    IContractReportWriter writer,
    TimeProvider clock) : IQueryHandler<ExportContractsQuery, ContractExport>
{
    /// <summary>How many rows the database read hands to the file writer at a time.</summary>
    private const int RowsPerChunk = 500;

    public async ValueTask<ContractExport> Handle(ExportContractsQuery query, CancellationToken cancellationToken)
    {
        ContractExport.TryGetFileType(query.Format, out var fileType);
        var filter = ContractFilter.Parse(query);
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == user.TenantId, cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(tenant.TimeZoneId);
        var exportedAt = TimeZoneInfo.ConvertTime(tenant.Now(clock), zone).DateTime;
        var header = await ReportHeaderFactory.CreateAsync(db, tenant, filter, exportedAt, cancellationToken);

        var source = ToRows(ContractReportQuery.Sorted(ContractReportQuery.Filtered(db, tenant.Id, filter), filter.Sort, db.NameCollation).AsNoTracking());
        var fileName = $"contratos-{exportedAt.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.{fileType.Extension}";

        // The spreadsheet reads ahead on a worker thread, so reading and writing overlap. The PDF does not:
        // PDFsharp's layout takes most of its time, and reading ahead only raised its peak memory.
        return new ContractExport(fileName, fileType.ContentType, async (output, token) =>
        {
            if (fileType.Extension == "pdf")
            {
                await writer.WritePdfAsync(ReadRows(source, token), header, output, token);
                return;
            }

            using var rows = new ReadAhead<ContractReportRow>(ReadRows(source, token), RowsPerChunk, token);
            await writer.WriteXlsxAsync(rows, header, output, token);
        });
    }

    /// <summary>Reads the rows one at a time from an open database reader; none are kept after they are written.</summary>
    private static IEnumerable<ContractReportRow> ReadRows(IQueryable<ContractReportRow> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows.AsEnumerable())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    /// <summary>
    /// Selects the report's columns only: EF Core reads the columns the expression names and formats each
    /// value in .NET, so the filter-only columns (plan and unit ids, e-mail) are not read.
    /// </summary>
    private static IQueryable<ContractReportRow> ToRows(IQueryable<ContractReportSource> source) =>
        source.Select(row => new ContractReportRow(
            Contract.ShortCode(row.Id),
            row.CustomerName,
            row.CustomerDocument.Masked,
            row.PlanName,
            row.UnitName,
            ContractLabels.Of(row.RegisteredBy),
            ContractLabels.Of(row.Status, row.EndDate),
            row.StartDate,
            row.DueDay,
            row.MonthlyPrice,
            ContractLabels.Of(row.PaymentMethod),
            ContractLabels.Of(row.SignatureStatus)));
}
