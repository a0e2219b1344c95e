using System.Globalization;

namespace Conexa.Application.Attachments.Shared;

public static class FileSizes
{
    private static readonly CultureInfo PtBr = new("pt-BR");

    /// <summary>Writes an exact size in bytes with pt-BR digit grouping, such as "10.485.761 bytes".</summary>
    public static string Exact(long bytes) => string.Create(PtBr, $"{bytes:N0} bytes");

    /// <summary>Formats a size in bytes for customers, in pt-BR: "850 bytes", "120 KB", "10 MB", "12,5 MB".</summary>
    public static string Describe(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(PtBr, $"{Math.Ceiling(bytes / 1024.0):0} KB"),
        _ => string.Create(PtBr, $"{Math.Round(bytes / (1024.0 * 1024.0), 1):0.#} MB"),
    };
}
