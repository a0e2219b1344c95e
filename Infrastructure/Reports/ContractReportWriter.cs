using Conexa.Application.Contracts.ExportContracts;

namespace Conexa.Infrastructure.Reports;

/// <summary>The report writers: MiniExcel for xlsx and PDFsharp for pdf.</summary>
internal sealed class ContractReportWriter : IContractReportWriter
{
    public Task WriteXlsxAsync(IEnumerable<ContractReportRow> rows, ReportHeader header, Stream output, CancellationToken cancellationToken) =>
        XlsxContractReport.WriteAsync(rows, header, output, cancellationToken);

    public Task WritePdfAsync(IEnumerable<ContractReportRow> rows, ReportHeader header, Stream output, CancellationToken cancellationToken) =>
        PdfContractReport.WriteAsync(rows, header, output, cancellationToken);
}
