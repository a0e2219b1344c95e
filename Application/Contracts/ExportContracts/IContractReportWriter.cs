namespace Conexa.Application.Contracts.ExportContracts;

/// <summary>
/// Writes the contracts report as a file. The rows are enumerated one at a time and synchronously: a
/// writer builds the file in a temporary file, where synchronous writes are allowed, then copies it to the
/// output. Reading 100,000 rows synchronously takes a fraction of the time an awaited read per row does.
/// </summary>
public interface IContractReportWriter
{
    Task WriteXlsxAsync(IEnumerable<ContractReportRow> rows, ReportHeader header, Stream output, CancellationToken cancellationToken);

    Task WritePdfAsync(IEnumerable<ContractReportRow> rows, ReportHeader header, Stream output, CancellationToken cancellationToken);
}
