namespace Conexa.Benchmarks;

/// <summary>Summaries of repeated measurements.</summary>
internal static class Statistics
{
    /// <summary>Returns the middle value, or the upper of the two middle values of an even count.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0
            ? throw new ArgumentException("There are no values to take the median of.", nameof(values))
            : sorted[sorted.Length / 2];
    }
}
