using System.Runtime.InteropServices;

namespace Repro.Pipeline.Benchmarks;

/// <summary>What the numbers were measured on: cores, CPU model, load, runtime.</summary>
internal static class MachineFacts
{
    public static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        if (!File.Exists(cpuinfo)) return RuntimeInformation.ProcessArchitecture.ToString();
        var line = File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? "unknown" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    /// <summary>The 1-minute load average: above the core count, other work shares the machine.</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    public static void Print(string profile)
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {CpuModel()}, {RuntimeInformation.OSDescription}");
        Console.WriteLine($"Runtime: {RuntimeInformation.FrameworkDescription}; profile: {profile}; load average (1 min) at start: {Load()}");
    }
}
