namespace Conexa.Application.Contracts.ExportContracts;

/// <summary>
/// A report ready to be written: the host sends the headers, then calls <see cref="WriteAsync"/> with the
/// response body, so the rows are read from the database while the file is written.
/// </summary>
public sealed record ContractExport(string FileName, string ContentType, Func<Stream, CancellationToken, Task> WriteAsync)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string PdfContentType = "application/pdf";

    /// <summary>Finds the extension and content type of "xlsx" or "pdf", in any letter case.</summary>
    public static bool TryGetFileType(string? format, out (string Extension, string ContentType) fileType)
    {
        fileType = format?.ToLowerInvariant() switch
        {
            "xlsx" => ("xlsx", XlsxContentType),
            "pdf" => ("pdf", PdfContentType),
            _ => (string.Empty, string.Empty),
        };
        return fileType.Extension.Length > 0;
    }
}
