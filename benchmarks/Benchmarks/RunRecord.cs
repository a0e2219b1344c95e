using System.Globalization;
using System.Text;

namespace Conexa.Benchmarks;

/// <summary>The figures and notes of one run, printed as they come and written to the report at the end.</summary>
internal sealed class RunRecord(MachineInfo machine, string command, DateTimeOffset startedAt)
{
    private readonly List<Figure> _figures = [];
    private readonly List<(string Benchmark, string Text)> _notes = [];
    private readonly TextWriter _console = Console.Out;

    public void Add(Figure figure)
    {
        _figures.Add(figure);
        _console.WriteLine($"  {figure.Verdict,-4} {figure.Benchmark}: {figure.Measure}: product {figure.Product}, baseline {figure.Baseline}, ratio {figure.Ratio} (target {figure.Target}) {figure.Shortfall}");
    }

    /// <summary>Records a measured fact that explains a figure; it goes under the table.</summary>
    public void Note(string benchmark, string text)
    {
        _notes.Add((benchmark, text));
        _console.WriteLine($"  note {benchmark}: {text}");
    }

    public void Log(string text) => _console.WriteLine(text);

    /// <summary>Writes the report as Markdown.</summary>
    public string ToMarkdown(TimeSpan duration)
    {
        var text = new StringBuilder();
        text.AppendLine("# Benchmarks");
        text.AppendLine();
        text.AppendLine("Written by `benchmarks/Benchmarks` (see \"How the figures are measured\" below). Every figure is a ratio");
        text.AppendLine("against a baseline measured in the same run on the same machine. Numbers from another machine or");
        text.AppendLine("run will differ; compare ratios, not absolute values.");
        text.AppendLine();
        text.AppendLine("## Run");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Date: {startedAt:yyyy-MM-dd HH:mm} UTC, {duration.TotalMinutes:0.0} minutes");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Command: `{command}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {machine.Cores} cores ({machine.Cpu}), {machine.Memory} memory, {machine.OperatingSystem}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Runtime: {machine.Runtime}, Release build, server GC");
        text.AppendLine();
        text.AppendLine("## Results");
        text.AppendLine();
        text.AppendLine("| benchmark | measure | product | baseline | ratio | target | result | miss by |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var f in _figures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {f.Benchmark} | {f.Measure} | {f.Product} | {f.Baseline} | {f.Ratio} | {f.Target} | {f.Verdict} | {f.Shortfall} |");
        }

        text.AppendLine();
        text.AppendLine("## Measured causes and notes");
        text.AppendLine();
        foreach (var group in _notes.GroupBy(n => n.Benchmark))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"### {group.Key}");
            text.AppendLine();
            foreach (var (_, note) in group)
            {
                text.AppendLine("- " + note);
            }

            text.AppendLine();
        }

        text.Append(MissedTargets.Markdown);
        text.Append(Methods.Markdown);
        return text.ToString();
    }
}
