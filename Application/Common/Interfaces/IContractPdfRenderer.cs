namespace Conexa.Application.Common.Interfaces;

/// <summary>Lays out a contract's text as a PDF. The first line is the title, and blank lines separate paragraphs.</summary>
public interface IContractPdfRenderer
{
    byte[] Render(string documentTitle, string text);
}
