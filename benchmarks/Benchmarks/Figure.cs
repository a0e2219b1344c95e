using System.Globalization;

namespace Conexa.Benchmarks;

/// <summary>
/// One measured figure: the product's value, the baseline's value from the same run, and the target on their
/// ratio. <see cref="Passed"/> is null for a figure that is reported without a target.
/// </summary>
internal sealed record Figure(
    string Benchmark,
    string Measure,
    string Product,
    string Baseline,
    string Ratio,
    string Target,
    bool? Passed,
    string Shortfall)
{
    /// <summary>
    /// Builds a figure whose target is "product / baseline at most <paramref name="maxRatio"/>", for measures
    /// where less is better (time, latency, memory). A miss states by how much the ratio exceeds the target.
    /// </summary>
    public static Figure AtMost(string benchmark, string measure, double product, double baseline, string unit, double maxRatio)
    {
        var ratio = product / baseline;
        var passed = ratio <= maxRatio;
        return new Figure(
            benchmark,
            measure,
            Format(product, unit),
            Format(baseline, unit),
            Times(ratio),
            "≤ " + Times(maxRatio),
            passed,
            passed ? string.Empty : $"{Times(ratio / maxRatio)} over ({Percent((ratio / maxRatio) - 1)})");
    }

    /// <summary>Builds a figure whose target is "product / baseline at least <paramref name="minRatio"/>" (throughput).</summary>
    public static Figure AtLeast(string benchmark, string measure, double product, double baseline, string unit, double minRatio)
    {
        var ratio = product / baseline;
        var passed = ratio >= minRatio;
        return new Figure(
            benchmark,
            measure,
            Format(product, unit),
            Format(baseline, unit),
            Times(ratio),
            "≥ " + Times(minRatio),
            passed,
            passed ? string.Empty : $"{Percent(1 - (ratio / minRatio))} short of the target");
    }

    /// <summary>Builds a figure with an absolute limit instead of a baseline, such as peak memory under 256 MB.</summary>
    public static Figure UnderLimit(string benchmark, string measure, double product, string baseline, string unit, double limit)
    {
        var passed = product < limit;
        return new Figure(
            benchmark,
            measure,
            Format(product, unit),
            baseline,
            "—",
            "< " + Format(limit, unit),
            passed,
            passed ? string.Empty : $"{Format(product - limit, unit)} over ({Percent((product / limit) - 1)})");
    }

    /// <summary>Builds a figure reported for information, with no target.</summary>
    public static Figure Info(string benchmark, string measure, double product, double baseline, string unit) =>
        new(benchmark, measure, Format(product, unit), Format(baseline, unit), Times(product / baseline), "—", null, string.Empty);

    public string Verdict => Passed switch
    {
        true => "PASS",
        false => "MISS",
        null => "info",
    };

    public static string Format(double value, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{value:0.###} {unit}").TrimEnd();

    private static string Times(double ratio) => string.Create(CultureInfo.InvariantCulture, $"{ratio:0.00}×");

    private static string Percent(double fraction) => string.Create(CultureInfo.InvariantCulture, $"{fraction * 100:0}%");
}
