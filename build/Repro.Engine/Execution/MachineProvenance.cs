using System.Runtime.InteropServices;

namespace Repro.Engine.Execution;

/// <summary>Facts about this machine recorded in every lock entry (never keyed): runtime, OS, CPU model and
/// processor count. Verify demands bitwise equality only where these (and the stage's own) match.</summary>
internal static class MachineProvenance
{
    private static readonly Lazy<SortedDictionary<string, string>> Facts = new(Collect);

    public static IReadOnlyDictionary<string, string> Current => Facts.Value;

    private static SortedDictionary<string, string> Collect() => new(StringComparer.Ordinal)
    {
        ["runtime"] = RuntimeInformation.FrameworkDescription,
        ["os"] = $"{RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}",
        ["cpu"] = CpuModel(),
        ["processorCount"] = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
    };

    private static string CpuModel()
    {
        try
        {
            if (OperatingSystem.IsLinux() && File.Exists("/proc/cpuinfo"))
            {
                var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                if (line is not null) return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }
        }
        catch (IOException)
        {
            // fall through to the architecture: provenance is informative, never fatal
        }
        return Environment.GetEnvironmentVariable("PROCESSOR_IDENTIFIER") ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
