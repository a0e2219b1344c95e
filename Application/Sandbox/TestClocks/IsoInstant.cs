using System.Globalization;

namespace Conexa.Application.Sandbox.TestClocks;

/// <summary>Parses ISO 8601 instants that carry their offset (<c>Z</c> or <c>±hh:mm</c>); a bare local time is ambiguous and invalid.</summary>
public static class IsoInstant
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    public static bool TryParse(string? text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(
            text,
            Formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out instant);

    public static DateTimeOffset Parse(string text) =>
        TryParse(text, out var instant) ? instant : throw new FormatException($"'{text}' is not an ISO 8601 instant with an offset.");
}
