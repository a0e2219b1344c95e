using System.Globalization;
using System.Text;

namespace Conexa.Domain.Attachments;

/// <summary>Turns a file name sent by a browser into one that is safe to store, show and send back in a download.</summary>
public static class FileNames
{
    private static readonly char[] Forbidden = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    /// <summary>
    /// Keeps the last path segment, drops control, format and forbidden characters and unpaired surrogates, collapses spaces and
    /// cuts the stem so the name fits <see cref="Attachment.MaxFileNameLength"/>. Returns "arquivo" plus
    /// <paramref name="fallbackExtension"/> when nothing is left.
    /// </summary>
    public static string Sanitise(string? fileName, string fallbackExtension)
    {
        var name = fileName ?? string.Empty;
        var lastSeparator = name.LastIndexOfAny(['/', '\\']);
        if (lastSeparator >= 0)
        {
            name = name[(lastSeparator + 1)..];
        }

        // Read by Unicode scalar, so an emoji (two UTF-16 chars) is kept and only an unpaired surrogate, which
        // the enumeration turns into U+FFFD, is dropped.
        var kept = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                || rune == Rune.ReplacementChar
                || (rune.IsBmp && Forbidden.Contains((char)rune.Value)))
            {
                continue;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                kept.Append(' ');
            }
            else
            {
                kept.Append(rune.ToString());
            }
        }

        // Normalised only now, because normalising a string with an unpaired surrogate throws.
        var normalised = kept.ToString().Normalize(NormalizationForm.FormC);
        var cleaned = string.Join(' ', normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        var extension = Extension(cleaned);
        var stem = cleaned[..^extension.Length].TrimEnd('.', ' ');
        if (stem.Length == 0)
        {
            stem = "arquivo";
            extension = extension.Length > 0 ? extension : fallbackExtension;
        }

        var maxStemLength = Attachment.MaxFileNameLength - extension.Length;
        if (stem.Length > maxStemLength)
        {
            // A cut between the two halves of an emoji would leave half of it.
            var cut = char.IsHighSurrogate(stem[maxStemLength - 1]) ? maxStemLength - 1 : maxStemLength;
            stem = stem[..cut].TrimEnd();
        }

        return stem + extension;
    }

    /// <summary>Returns the name's extension with its dot (".pdf"), or an empty string when it has none.</summary>
    public static string Extension(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        return dot > 0 && dot < fileName.Length - 1 && fileName.Length - dot <= 10 ? fileName[dot..] : string.Empty;
    }
}
