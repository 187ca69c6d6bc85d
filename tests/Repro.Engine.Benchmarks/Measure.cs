using System.Diagnostics;

namespace Repro.Engine.Benchmarks;

/// <summary>Wall-clock helpers: the median of a few repetitions, and external commands.</summary>
internal static class Measure
{
    public static double Seconds(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    public static double Median(int times, Action action)
    {
        var samples = Enumerable.Range(0, times).Select(_ => Seconds(action)).Order().ToList();
        return samples[samples.Count / 2];
    }

    public static double Command(string workingDirectory, string file, params string[] args) => Seconds(() =>
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}");
    });

    /// <summary>Reads every byte without hashing: the speed the hash is compared against.</summary>
    public static long ReadAll(IEnumerable<string> files)
    {
        var buffer = new byte[1 << 20];
        long total = 0;
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0) total += read;
        }
        return total;
    }
}
