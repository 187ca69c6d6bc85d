using System.Runtime.InteropServices;

namespace Repro.Engine.Execution;

/// <summary>Facts about this machine recorded in every lock entry (never keyed): runtime, OS, CPU model, CPU
/// features and processor count. Verify demands bitwise equality only where these (and the stage's own)
/// match. The features matter because virtual machines often report only "AMD EPYC" while LibTorch picks its
/// kernels (AVX2, AVX-512, ...) from the flags.</summary>
internal static class MachineProvenance
{
    private static readonly Lazy<SortedDictionary<string, string>> Facts = new(Collect);

    public static IReadOnlyDictionary<string, string> Current => Facts.Value;

    private static SortedDictionary<string, string> Collect() => new(StringComparer.Ordinal)
    {
        ["runtime"] = RuntimeInformation.FrameworkDescription,
        ["os"] = $"{RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}",
        ["cpu"] = CpuModel(),
        ["cpuFeatures"] = CpuFeatures(),
        ["processorCount"] = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A short hash of the sorted /proc/cpuinfo flags (Linux), else the architecture.</summary>
    private static string CpuFeatures()
    {
        var line = CpuInfo("flags");
        if (line is null) return RuntimeInformation.ProcessArchitecture.ToString();
        var flags = string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        return ContentHasher.HashText(flags)[..12];
    }

    private static string? CpuInfo(string field)
    {
        try
        {
            if (!OperatingSystem.IsLinux() || !File.Exists("/proc/cpuinfo")) return null;
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return null; // provenance is informative, never fatal
        }
    }

    private static string CpuModel() =>
        CpuInfo("model name") ?? Environment.GetEnvironmentVariable("PROCESSOR_IDENTIFIER") ?? RuntimeInformation.ProcessArchitecture.ToString();
}
