namespace Conexa.Application.Contracts.ExportContracts;

/// <summary>Writes the contracts report as a file, reading the rows one at a time.</summary>
public interface IContractReportWriter
{
    Task WriteXlsxAsync(IAsyncEnumerable<ContractReportRow> rows, ReportHeader header, Stream output, CancellationToken cancellationToken);

    Task WritePdfAsync(IAsyncEnumerable<ContractReportRow> rows, ReportHeader header, Stream output, CancellationToken cancellationToken);
}
