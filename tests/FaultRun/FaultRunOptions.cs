using System.Globalization;

namespace Conexa.FaultRun;

/// <summary>Settings of one fault run, read from <c>--name value</c> pairs.</summary>
internal sealed record FaultRunOptions(
    string ApiDll,
    int Checkouts,
    int Concurrency,
    double FailureRate,
    int KillAfter,
    int MaxAttempts,
    TimeSpan SettleTimeout)
{
    public static FaultRunOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        string Text(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        int Number(string name, int fallback) => int.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new FaultRunOptions(
            Path.GetFullPath(Text("api-dll", "Api/bin/Release/net10.0/Conexa.Api.dll")),
            Number("checkouts", 1000),
            Number("concurrency", 8),
            double.Parse(Text("failure-rate", "0.3"), CultureInfo.InvariantCulture),
            Number("kill-after", 400),
            Number("max-attempts", 8),
            TimeSpan.FromSeconds(Number("settle-seconds", 180)));
    }
}
