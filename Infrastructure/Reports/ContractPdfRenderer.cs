using System.Globalization;
using Conexa.Application.Common.Interfaces;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Conexa.Infrastructure.Reports;

/// <summary>
/// Lays out a contract on portrait A4 pages with PDFsharp 6.2 and the embedded DejaVu Sans Condensed, which
/// has every Portuguese letter. The first line is the title in bold. The rest is wrapped at word boundaries
/// and continues on a new page when a page is full. Each page ends with "Página N de M".
/// </summary>
internal sealed class ContractPdfRenderer : IContractPdfRenderer
{
    private const double Margin = 56;
    private const double LineHeight = 14;
    private const double ParagraphGap = 6;

    private static readonly XFont TitleFont = new(EmbeddedFontResolver.FamilyName, 12, XFontStyleEx.Bold);
    private static readonly XFont TextFont = new(EmbeddedFontResolver.FamilyName, 10, XFontStyleEx.Regular);
    private static readonly XFont FooterFont = new(EmbeddedFontResolver.FamilyName, 8, XFontStyleEx.Regular);

    public ContractPdfRenderer() => EmbeddedFontResolver.EnsureInstalled();

    public byte[] Render(string documentTitle, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var document = new PdfDocument();
        document.Info.Title = documentTitle;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

        using (var layout = new PageLayout(document))
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (string.IsNullOrWhiteSpace(lines[i]))
                {
                    layout.Skip(ParagraphGap);
                    continue;
                }

                layout.WriteWrapped(lines[i].Trim(), i == 0 ? TitleFont : TextFont);
            }
        }

        AddPageNumbers(document);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void AddPageNumbers(PdfDocument document)
    {
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var box = new XRect(Margin, page.Height.Point - Margin + 16, page.Width.Point - (2 * Margin), 10);
            graphics.DrawString(string.Create(CultureInfo.InvariantCulture, $"Página {i + 1} de {document.PageCount}"), FooterFont, XBrushes.Black, box, XStringFormats.CenterRight);
        }
    }

    /// <summary>The current page and the vertical position on it. A new page starts when the next line does not fit.</summary>
    private sealed class PageLayout : IDisposable
    {
        private readonly PdfDocument document;
        private XGraphics? graphics;
        private double y;
        private double bottom;
        private double width;

        public PageLayout(PdfDocument document)
        {
            this.document = document;
            StartPage();
        }

        public void Skip(double height) => y += height;

        public void WriteWrapped(string paragraph, XFont font)
        {
            foreach (var line in Wrap(paragraph, font))
            {
                if (y + LineHeight > bottom)
                {
                    StartPage();
                }

                graphics!.DrawString(line, font, XBrushes.Black, new XRect(Margin, y, width, LineHeight), XStringFormats.TopLeft);
                y += LineHeight;
            }
        }

        public void Dispose() => graphics?.Dispose();

        private List<string> Wrap(string paragraph, XFont font)
        {
            var lines = new List<string>();
            var current = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && graphics!.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            return lines;
        }

        private void StartPage()
        {
            graphics?.Dispose();
            var page = document.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Portrait;
            graphics = XGraphics.FromPdfPage(page);
            y = Margin;
            bottom = page.Height.Point - Margin;
            width = page.Width.Point - (2 * Margin);
        }
    }
}
