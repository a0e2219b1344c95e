namespace Conexa.Application.Common.Text;

/// <summary>Checks free text that an operator writes into a contract's history.</summary>
public static class HistoryText
{
    /// <summary>
    /// Tells whether the text contains a character that would hide or reorder text in the history: control characters
    /// other than line breaks and tabs, and the Unicode marks that override the text direction.
    /// </summary>
    public static bool HasHiddenCharacters(string text) => text.Any(IsHidden);

    private static bool IsHidden(char character) =>
        (char.IsControl(character) && character is not ('\n' or '\r' or '\t'))
        || character is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
