using System.Globalization;

namespace Repro.Gan.Benchmarks;

/// <summary>One child process's result, passed to the parent as one line: "RESULT size threads mean best cpu
/// peakBytes growthBytes" (growth: working set after the last timed step minus after the first).</summary>
internal sealed record Measurement(int Size, int Threads, double SecondsPerIteration, double BestSeconds, double CpuSeconds, long PeakBytes, long GrowthBytes)
{
    private const string Prefix = "RESULT ";

    public string ToLine() => string.Create(CultureInfo.InvariantCulture,
        $"{Prefix}{Size} {Threads} {SecondsPerIteration:R} {BestSeconds:R} {CpuSeconds:R} {PeakBytes} {GrowthBytes}");

    public static Measurement? Parse(string line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var f = line[Prefix.Length..].Split(' ');
        return new Measurement(int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture),
            double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture),
            double.Parse(f[4], CultureInfo.InvariantCulture), long.Parse(f[5], CultureInfo.InvariantCulture), long.Parse(f[6], CultureInfo.InvariantCulture));
    }
}
