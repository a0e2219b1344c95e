using System.Runtime.InteropServices;

namespace Conexa.Benchmarks;

/// <summary>The machine a run measured, read at run time.</summary>
internal sealed record MachineInfo(int Cores, string Memory, string OperatingSystem, string Runtime, string Cpu)
{
    public static MachineInfo Read()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return new MachineInfo(
            Environment.ProcessorCount,
            $"{memory / (1024.0 * 1024 * 1024):0.0} GiB",
            ReadOsName(),
            $".NET {Environment.Version} ({RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture})",
            ReadCpuModel());
    }

    /// <summary>Returns PRETTY_NAME from /etc/os-release, or the runtime's description when that file is missing.</summary>
    private static string ReadOsName()
    {
        const string prefix = "PRETTY_NAME=";
        var line = File.Exists("/etc/os-release") ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) : null;
        var kernel = RuntimeInformation.OSDescription;
        return line is null ? kernel : $"{line[prefix.Length..].Trim('"')} ({kernel})";
    }

    private static string ReadCpuModel()
    {
        const string prefix = "model name";
        var line = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) : null;
        return line is null ? "unknown" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
