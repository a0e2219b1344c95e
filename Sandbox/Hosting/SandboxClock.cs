using System.Globalization;

namespace Conexa.Sandbox.Hosting;

/// <summary>
/// Current time of the sandbox, formatted the way each EFI API writes it.
/// </summary>
internal sealed class SandboxClock(TimeProvider timeProvider)
{
    // Brazil has had no daylight saving time since 2019, so Brasília time is a fixed UTC-3.
    private static readonly TimeSpan BrasiliaOffset = TimeSpan.FromHours(-3);

    public DateTimeOffset UtcNow => timeProvider.GetUtcNow();

    /// <summary>Brasília local time with no offset, "YYYY-MM-DD HH:MM:SS", as in Charges notifications.</summary>
    public string BrasiliaDateTime() =>
        UtcNow.ToOffset(BrasiliaOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Brasília calendar date, "YYYY-MM-DD".</summary>
    public string BrasiliaDate() => BrasiliaToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public DateOnly BrasiliaToday() => DateOnly.FromDateTime(UtcNow.ToOffset(BrasiliaOffset).DateTime);

    /// <summary>UTC time in ISO 8601 with milliseconds and a "Z", as Pix writes it.</summary>
    public static string FormatPixTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
