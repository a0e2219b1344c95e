using System.Globalization;
using Conexa.Application.Contracts.ExportContracts;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Conexa.Infrastructure.Reports;

/// <summary>
/// Lays out the report's table on landscape A4 pages, starting a page when a row does not fit and
/// repeating the column labels at its top. Text wider than its column is cut and ends with "…".
/// </summary>
internal sealed class PdfTableWriter : IDisposable
{
    private const double Margin = 28;
    private const double RowHeight = 11;
    private const double CellPadding = 2;
    private const double FooterHeight = 16;

    /// <summary>
    /// Column widths in points. They add up to the page width less both margins (786 pt) and fit the longest
    /// labels and values at 7 pt, such as "Cancelado sem pagamento", "Cartão de crédito" and "Não solicitada".
    /// </summary>
    private static readonly double[] Widths = [44, 100, 72, 74, 66, 68, 96, 42, 30, 54, 64, 76];

    /// <summary>The spreadsheet's column labels, shortened where a landscape page has no room for them.</summary>
    private static readonly string[] Labels =
        [.. ReportColumns.Labels.Select(label => label switch { "Dia de vencimento" => "Venc.", "Forma de pagamento" => "Pagamento", _ => label })];

    /// <summary>Columns aligned right: due day and monthly price.</summary>
    private static readonly int[] RightAligned = [8, 9];

    private static readonly XFont TitleFont = new(EmbeddedFontResolver.FamilyName, 11, XFontStyleEx.Bold);
    private static readonly XFont TextFont = new(EmbeddedFontResolver.FamilyName, 7, XFontStyleEx.Regular);
    private static readonly XFont LabelFont = new(EmbeddedFontResolver.FamilyName, 7, XFontStyleEx.Bold);

    private readonly PdfDocument _document;
    private readonly ReportHeader _header;
    private XGraphics? _graphics;
    private double _y;
    private double _pageBottom;

    public PdfTableWriter(PdfDocument document, ReportHeader header)
    {
        _document = document;
        _header = header;
        StartPage(withHeader: true);
    }

    public void AddRow(IReadOnlyList<string> cells)
    {
        if (_y + RowHeight > _pageBottom)
        {
            StartPage(withHeader: false);
        }

        DrawCells(cells, TextFont);
    }

    /// <summary>Writes a line of text across the table's width, such as the note that no row matched.</summary>
    public void AddNote(string text) => DrawLine(text, TextFont, RowHeight);

    /// <summary>Writes "Página N de M" at the foot of every page, once the page count is known.</summary>
    public static void AddPageNumbers(PdfDocument document)
    {
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = string.Create(CultureInfo.InvariantCulture, $"Página {i + 1} de {count}");
            var box = new XRect(Margin, page.Height.Point - Margin - 8, page.Width.Point - (2 * Margin), 10);
            graphics.DrawString(text, TextFont, XBrushes.Black, box, XStringFormats.CenterRight);
        }
    }

    public void Dispose() => _graphics?.Dispose();

    private void StartPage(bool withHeader)
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
        _pageBottom = page.Height.Point - Margin - FooterHeight;

        if (withHeader)
        {
            DrawLine(_header.Title, TitleFont, 16);
            DrawLine(_header.FiltersLine, TextFont, RowHeight);
            DrawLine(_header.ExportedAtLine, TextFont, RowHeight * 2);
        }

        DrawCells(Labels, LabelFont);
        _graphics.DrawLine(XPens.Black, Margin, _y, Margin + Widths.Sum(), _y);
        _y += 2;
    }

    private void DrawLine(string text, XFont font, double height)
    {
        var box = new XRect(Margin, _y, Widths.Sum(), height);
        _graphics!.DrawString(Fit(text, font, Widths.Sum()), font, XBrushes.Black, box, XStringFormats.TopLeft);
        _y += height;
    }

    private void DrawCells(IReadOnlyList<string> cells, XFont font)
    {
        var x = Margin;
        for (var i = 0; i < Widths.Length; i++)
        {
            var text = Fit(i < cells.Count ? cells[i] : string.Empty, font, Widths[i] - (2 * CellPadding));
            var box = new XRect(x + CellPadding, _y, Widths[i] - (2 * CellPadding), RowHeight);
            var format = RightAligned.Contains(i) ? XStringFormats.TopRight : XStringFormats.TopLeft;
            _graphics!.DrawString(text, font, XBrushes.Black, box, format);
            x += Widths[i];
        }

        _y += RowHeight;
    }

    /// <summary>Returns the text, or its longest start that fits the width followed by "…".</summary>
    private string Fit(string text, XFont font, double width)
    {
        if (_graphics!.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 0 && _graphics.MeasureString(string.Concat(text.AsSpan(0, length), "…"), font).Width > width)
        {
            length--;
        }

        return string.Concat(text.AsSpan(0, length), "…");
    }
}
