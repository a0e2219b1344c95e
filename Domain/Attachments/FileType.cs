namespace Conexa.Domain.Attachments;

/// <summary>A file type that checkout forms accept, with its media type and the extensions a name may carry.</summary>
public sealed record FileType(string Name, string ContentType, IReadOnlyList<string> Extensions)
{
    public static readonly FileType Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly FileType Png = new("PNG", "image/png", [".png"]);
    public static readonly FileType Jpeg = new("JPEG", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly FileType WebP = new("WebP", "image/webp", [".webp"]);

    public static IReadOnlyList<FileType> Accepted { get; } = [Pdf, Png, Jpeg, WebP];

    /// <summary>The accepted types' names for messages, such as "PDF, PNG, JPEG ou WebP".</summary>
    public static string AcceptedNames => string.Join(", ", Accepted.Take(Accepted.Count - 1).Select(t => t.Name)) + " ou " + Accepted[^1].Name;

    public string DefaultExtension => Extensions[0];

    /// <summary>
    /// Detects the type from the file's signature (its first bytes), or returns null for any other content.
    /// PDF starts with "%PDF-", PNG with its 8-byte signature, JPEG with FF D8 FF, and WebP is a RIFF
    /// container whose bytes 8 to 11 are "WEBP".
    /// </summary>
    public static FileType? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        return null;
    }

    public bool HasExtension(string extension) => Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
}
