using System.Globalization;

namespace Conexa.Benchmarks;

/// <summary>Which benchmarks to run and their sizes, read from the command line.</summary>
internal sealed class BenchmarkOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project benchmarks/Benchmarks -- [benchmarks] [options]

        Benchmarks (default --all):
          --all                      run checkout, export, billing and bundle
          --checkout --export --billing --bundle
                                     run only the benchmarks named

        Options:
          --checkout-clients LIST    concurrent clients per level, comma-separated (default 1,8,32)
          --checkout-requests N      checkouts sent per level, to the product and to the baseline (default 400)
          --rows N                   contracts seeded for the export (default 100000)
          --billing-sizes LIST       active contracts per billing run, comma-separated (default 10000,100000)
          --billing-sandbox-max N    largest size whose payment starts after the run are timed, one Pix
                                     call each at the EFI sandbox (default 2000)
          --repeats N                rounds of each checkout, export and billing measurement, product and baseline
                                     in turn; the report takes each side's median (default 3)
          --render-runs N            page loads per page in the first-render benchmark (default 7)
          --output FILE              report file (default docs/benchmarks.md; "-" writes none)
        """;

    public HashSet<string> Benchmarks { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<int> CheckoutClients { get; private set; } = [1, 8, 32];

    public int CheckoutRequests { get; private set; } = 400;

    public int ExportRows { get; private set; } = 100_000;

    public IReadOnlyList<int> BillingSizes { get; private set; } = [10_000, 100_000];

    public int BillingSandboxMax { get; private set; } = 2_000;

    public int RenderRuns { get; private set; } = 7;

    public int Repeats { get; private set; } = 3;

    public string? Output { get; private set; } = Path.Combine(RepositoryPaths.Root, "docs", "benchmarks.md");

    public bool Runs(string benchmark) => Benchmarks.Contains(benchmark);

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with the option's name on an invalid value.</summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var argument = args[i];
            switch (argument)
            {
                case "--all":
                    options.Benchmarks.UnionWith(["checkout", "export", "billing", "bundle"]);
                    break;
                case "--checkout" or "--export" or "--billing" or "--bundle":
                    options.Benchmarks.Add(argument[2..]);
                    break;
                case "--checkout-clients":
                    options.CheckoutClients = PositiveList(argument, Value(args, ref i));
                    break;
                case "--checkout-requests":
                    options.CheckoutRequests = Positive(argument, Value(args, ref i));
                    break;
                case "--rows":
                    options.ExportRows = Positive(argument, Value(args, ref i));
                    break;
                case "--billing-sizes":
                    options.BillingSizes = PositiveList(argument, Value(args, ref i));
                    break;
                case "--billing-sandbox-max":
                    options.BillingSandboxMax = Positive(argument, Value(args, ref i));
                    break;
                case "--repeats":
                    options.Repeats = Positive(argument, Value(args, ref i));
                    break;
                case "--render-runs":
                    options.RenderRuns = Positive(argument, Value(args, ref i));
                    break;
                case "--output":
                    var output = Value(args, ref i);
                    options.Output = output == "-" ? null : Path.GetFullPath(output);
                    break;
                case "--help":
                    throw new ArgumentException("The options are listed below.");
                default:
                    throw new ArgumentException($"Unknown option {argument}.");
            }
        }

        if (options.Benchmarks.Count == 0)
        {
            options.Benchmarks.UnionWith(["checkout", "export", "billing", "bundle"]);
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    private static int Positive(string option, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{option} must be a positive whole number, got \"{text}\".");

    private static int[] PositiveList(string option, string text) =>
        text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(part => Positive(option, part)).ToArray();
}
