using System.Diagnostics;
using Conexa.Benchmarks;
using Conexa.Benchmarks.Billing;
using Conexa.Benchmarks.Bundle;
using Conexa.Benchmarks.Checkout;
using Conexa.Benchmarks.Export;

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

var command = "dotnet run -c Release --project benchmarks/Benchmarks --" + (args.Length == 0 ? " --all" : " " + string.Join(' ', args));
var startedAt = DateTimeOffset.UtcNow;
var stopwatch = Stopwatch.StartNew();
var machine = MachineInfo.Read();
Console.WriteLine($"Machine: {machine.Cores} cores ({machine.Cpu}), {machine.Memory}, {machine.OperatingSystem}, {machine.Runtime}");
var record = new RunRecord(machine, command, startedAt);

if (options.Runs("checkout"))
{
    Console.WriteLine("== checkout");
    await CheckoutBenchmark.RunAsync(options, record);
}

if (options.Runs("export"))
{
    Console.WriteLine("== export");
    await ExportBenchmark.RunAsync(options, record);
}

if (options.Runs("billing"))
{
    Console.WriteLine("== billing");
    await BillingBenchmark.RunAsync(options, record);
}

if (options.Runs("bundle"))
{
    Console.WriteLine("== bundle");
    await BundleBenchmark.RunAsync(options, record);
}

Console.WriteLine($"Finished in {stopwatch.Elapsed.TotalMinutes:0.0} minutes.");
if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, record.ToMarkdown(stopwatch.Elapsed));
    Console.WriteLine($"Wrote {output}");
}

return 0;
