using System.Globalization;
using Conexa.Application.Contracts.ExportContracts;
using PdfSharp.Pdf;

namespace Conexa.Infrastructure.Reports;

/// <summary>
/// Writes the report as a landscape A4 PDF with PDFsharp 6.2: the header lines on the first page, the
/// column labels on every page and "Página N de M" at the foot of each page.
/// </summary>
internal static class PdfContractReport
{
    private static readonly CultureInfo BrazilianPortuguese = CultureInfo.GetCultureInfo("pt-BR");

    public static async Task WriteAsync(IEnumerable<ContractReportRow> rows, ReportHeader header, Stream output, CancellationToken cancellationToken)
    {
        EmbeddedFontResolver.EnsureInstalled();

        // NOTE: PDFsharp keeps every page of the document in memory until Save, so memory grows with the
        // row count (the rows themselves are read one at a time). The xlsx export has no such limit.
        using var document = new PdfDocument();
        document.Info.Title = header.Title;
        using (var table = new PdfTableWriter(document, header))
        {
            var any = false;
            foreach (var row in rows)
            {
                table.AddRow(Cells(row));
                any = true;
            }

            if (!any)
            {
                table.AddNote(ReportColumns.NoRows);
            }
        }

        PdfTableWriter.AddPageNumbers(document);

        // PdfDocument.Save writes synchronously, which Kestrel rejects on a response body.
        await using var file = TemporaryFiles.Create();
        document.Save(file, closeStream: false);
        await TemporaryFiles.CopyToAsync(file, output, cancellationToken);
    }

    private static string[] Cells(ContractReportRow row) =>
    [
        row.ShortId,
        row.CustomerName,
        row.MaskedDocument,
        row.PlanName,
        row.UnitName,
        row.RegisteredBy,
        row.Status,
        row.StartDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        row.DueDay.ToString(CultureInfo.InvariantCulture),
        "R$ " + row.MonthlyPrice.ToString("#,##0.00", BrazilianPortuguese),
        row.PaymentMethod,
        row.SignatureStatus,
    ];
}
