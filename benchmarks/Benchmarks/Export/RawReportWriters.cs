using System.Globalization;
using Conexa.Domain.Contracts;
using MiniExcelLibs;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Conexa.Benchmarks.Export;

/// <summary>
/// The export benchmark's baselines: the same twelve columns of the same kind of rows, generated in memory and
/// written straight with MiniExcel or PDFsharp to a temporary file, with no database, no HTTP and no text
/// fitting. The PDF uses the product's page size, fonts, row height and column widths.
/// </summary>
internal static class RawReportWriters
{
    private static readonly string[] Keys = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"];
    private static readonly double[] Widths = [46, 124, 80, 86, 72, 68, 76, 44, 40, 58, 56, 36];
    private static readonly CultureInfo BrazilianPortuguese = CultureInfo.GetCultureInfo("pt-BR");

    /// <summary>Writes <paramref name="rows"/> rows as "xlsx" or "pdf" and returns the file's size in bytes.</summary>
    public static async Task<long> WriteAsync(string format, int rows)
    {
        await using var file = new FileStream(
            Path.Combine(Path.GetTempPath(), $"conexa-bench-{Guid.NewGuid():N}.{format}"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        if (format == "xlsx")
        {
            file.SaveAs(Lines(rows), printHeader: false, sheetName: "Contratos");
        }
        else
        {
            WritePdf(file, rows);
        }

        return file.Length;
    }

    private static IEnumerable<Dictionary<string, object?>> Lines(int rows)
    {
        for (var n = 1; n <= rows; n++)
        {
            var cells = Cells(n);
            var line = new Dictionary<string, object?>(Keys.Length);
            for (var i = 0; i < Keys.Length; i++)
            {
                line[Keys[i]] = cells[i];
            }

            yield return line;
        }
    }

    private static object[] Cells(int n) =>
    [
        Contract.ShortCode(Guid.NewGuid()),
        string.Create(CultureInfo.InvariantCulture, $"Cliente {n:D6} da Silva"),
        "***.000.001-**",
        "Estação fixa",
        "Unidade Centro",
        "Contratação online",
        "Ativo",
        new DateTime(2026, 3, 15, 0, 0, 0, DateTimeKind.Unspecified),
        15,
        350.00m,
        "Pix",
        "Não solicitada",
    ];

    /// <summary>Draws one line of cells per row on landscape A4 pages, then "Página N de M" on each page.</summary>
    private static void WritePdf(Stream output, int rows)
    {
        const double margin = 28;
        const double rowHeight = 11;
        var font = new XFont("DejaVu Sans Condensed", 7, XFontStyleEx.Regular);
        using var document = new PdfDocument();
        XGraphics? graphics = null;
        var y = double.MaxValue;
        var bottom = 0.0;
        for (var n = 1; n <= rows; n++)
        {
            if (y + rowHeight > bottom)
            {
                graphics?.Dispose();
                var page = document.AddPage();
                page.Size = PageSize.A4;
                page.Orientation = PageOrientation.Landscape;
                graphics = XGraphics.FromPdfPage(page);
                y = margin;
                bottom = page.Height.Point - margin - 16;
            }

            var cells = Cells(n);
            var x = margin;
            for (var i = 0; i < Widths.Length; i++)
            {
                var text = cells[i] switch
                {
                    DateTime date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    decimal price => "R$ " + price.ToString("#,##0.00", BrazilianPortuguese),
                    var value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
                };
                graphics!.DrawString(text, font, XBrushes.Black, new XRect(x + 2, y, Widths[i] - 4, rowHeight), XStringFormats.TopLeft);
                x += Widths[i];
            }

            y += rowHeight;
        }

        graphics?.Dispose();
        for (var i = 0; i < document.PageCount; i++)
        {
            using var pageGraphics = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            pageGraphics.DrawString(string.Create(CultureInfo.InvariantCulture, $"Página {i + 1} de {document.PageCount}"), font, XBrushes.Black, new XPoint(700, 570));
        }

        document.Save(output, closeStream: false);
    }
}
