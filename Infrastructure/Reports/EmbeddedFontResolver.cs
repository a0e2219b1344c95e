using PdfSharp.Fonts;

namespace Conexa.Infrastructure.Reports;

/// <summary>
/// Gives PDFsharp the DejaVu Sans Condensed faces embedded in this assembly, because the core build of
/// PDFsharp reads no system fonts on Linux. Only the regular and bold faces exist, so italic maps to them.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans Condensed";

    private const string RegularFace = "DejaVuSansCondensed";
    private const string BoldFace = "DejaVuSansCondensed-Bold";
    private static readonly Lock Gate = new();

    /// <summary>
    /// Installs the resolver once per process, because PDFsharp allows a single global resolver.
    /// NOTE: if other code installed a resolver first, it is kept and DejaVu Sans Condensed is not found.
    /// </summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(isBold ? BoldFace : RegularFace)
            : null;

    public byte[]? GetFont(string faceName)
    {
        using var resource = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Conexa.Fonts.{faceName}.ttf");
        if (resource is null)
        {
            return null;
        }

        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        return bytes.ToArray();
    }
}
