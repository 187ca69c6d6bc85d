using System.Diagnostics;

namespace Repro.Engine.Resources;

/// <summary>What the scheduler may hand out at once: the machine's cores and GPU devices for local runs, or
/// nothing to count for a cluster (its own scheduler places each job; only --jobs bounds what is submitted).</summary>
internal sealed record ExecutorCapacity(int? Cores, IReadOnlyList<string> GpuDevices)
{
    public static readonly ExecutorCapacity Cluster = new(null, []);

    private static readonly Lazy<ExecutorCapacity> Local = new(() => new ExecutorCapacity(Environment.ProcessorCount, VisibleGpus()));

    public static ExecutorCapacity ThisMachine => Local.Value;

    /// <summary>The devices CUDA_VISIBLE_DEVICES allows, else those nvidia-smi lists, else none (then `gpus`
    /// requests are ignored and stages run on the CPU).</summary>
    private static IReadOnlyList<string> VisibleGpus()
    {
        if (Environment.GetEnvironmentVariable("CUDA_VISIBLE_DEVICES") is { } visible)
            return visible.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeWhile(d => d != "-1").ToList();
        if (ExecutableSearch.Find("nvidia-smi") is not { } smi) return [];
        try
        {
            var start = new ProcessStartInfo(smi, "--query-gpu=index --format=csv,noheader") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(5000) || process.ExitCode != 0) return [];
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return [];
        }
    }
}
