using System.Text;
using PdfSharp.Pdf.IO;

namespace Conexa.FunctionalTests.Support;

/// <summary>Reads the text a PDF draws, for the tests of the contract document and the report.</summary>
public static class PdfText
{
    /// <summary>
    /// Returns the decompressed content streams of every page. PDFsharp writes Latin-1 text with the WinAnsi encoding,
    /// so each drawn string appears there as "(text)".
    /// </summary>
    public static string Of(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            for (var i = 0; i < page.Contents.Elements.Count; i++)
            {
                text.Append(Encoding.Latin1.GetString(page.Contents.Elements.GetDictionary(i)!.Stream!.UnfilteredValue));
            }
        }

        return text.ToString();
    }
}
