using Conexa.Application.Contracts.ExportContracts;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Conexa.Infrastructure.Reports;

/// <summary>
/// Writes the report as one sheet with MiniExcel 1.47.1: the header lines, a blank line, the column labels,
/// then one line per contract. MiniExcel writes dictionary rows cell by cell as it enumerates them, so
/// memory does not grow with the row count. The price is a number shown as "R$ #,##0.00", and the
/// start date is a date shown as dd/mm/yyyy.
/// </summary>
internal static class XlsxContractReport
{
    private const int HeaderLineCount = 5;

    private static readonly string[] Keys = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"];

    public static async Task WriteAsync(IEnumerable<ContractReportRow> rows, ReportHeader header, Stream output, CancellationToken cancellationToken)
    {
        // MiniExcel closes the zip archive with synchronous writes, which Kestrel rejects on a response
        // body, so the file is built in a temporary file and then copied.
        await using var file = TemporaryFiles.Create();
        file.SaveAs(Lines(rows, header), printHeader: false, sheetName: "Contratos", configuration: Configuration());
        await TemporaryFiles.CopyToAsync(file, output, cancellationToken);
    }

    private static OpenXmlConfiguration Configuration() => new()
    {
        AutoFilter = false,
        FreezeRowCount = HeaderLineCount,
        DynamicColumns =
        [
            new DynamicExcelColumn("A") { Width = 11 },
            new DynamicExcelColumn("B") { Width = 32 },
            new DynamicExcelColumn("C") { Width = 20 },
            new DynamicExcelColumn("D") { Width = 24 },
            new DynamicExcelColumn("E") { Width = 20 },
            new DynamicExcelColumn("F") { Width = 18 },
            new DynamicExcelColumn("G") { Width = 22 },
            new DynamicExcelColumn("H") { Width = 12, Format = "dd/mm/yyyy" },
            new DynamicExcelColumn("I") { Width = 10 },
            new DynamicExcelColumn("J") { Width = 14, Format = "\"R$\" #,##0.00" },
            new DynamicExcelColumn("K") { Width = 20 },
            new DynamicExcelColumn("L") { Width = 16 },
        ],
    };

    private static IEnumerable<Dictionary<string, object?>> Lines(IEnumerable<ContractReportRow> rows, ReportHeader header)
    {
        yield return Line(header.Title);
        yield return Line(header.FiltersLine);
        yield return Line(header.ExportedAtLine);
        yield return Line();
        yield return Line([.. ReportColumns.Labels]);
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            yield return Line(
                row.ShortId,
                row.CustomerName,
                row.MaskedDocument,
                row.PlanName,
                row.UnitName,
                row.RegisteredBy,
                row.Status,
                row.StartDate.ToDateTime(TimeOnly.MinValue),
                row.DueDay,
                row.MonthlyPrice,
                row.PaymentMethod,
                row.SignatureStatus);
        }

        if (!any)
        {
            yield return Line(ReportColumns.NoRows);
        }
    }

    /// <summary>Builds a line with a value per column from A; the missing columns are empty.</summary>
    private static Dictionary<string, object?> Line(params object?[] values)
    {
        var line = new Dictionary<string, object?>(Keys.Length);
        for (var i = 0; i < Keys.Length; i++)
        {
            line[Keys[i]] = i < values.Length ? values[i] : null;
        }

        return line;
    }
}
