namespace Repro.Report.Analysis;

/// <summary>Per-epoch series arithmetic used by graphs, the experiments table and the observation rules.</summary>
internal static class Series
{
    /// <summary>Centred moving average over window points (shrunk at the ends); window 1 returns a copy.</summary>
    public static double[] MovingAverage(double[] values, int window)
    {
        window = Math.Clamp(window, 1, Math.Max(1, values.Length));
        var prefix = new double[values.Length + 1];
        for (var i = 0; i < values.Length; i++) prefix[i + 1] = prefix[i] + values[i];
        var half = window / 2;
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var from = Math.Max(0, i - half);
            var to = Math.Min(values.Length, i - half + window);
            result[i] = (prefix[to] - prefix[from]) / (to - from);
        }
        return result;
    }

    /// <summary>Mean of the last share of the values (at least one).</summary>
    public static double TailMean(double[] values, double share)
    {
        var n = Math.Clamp((int)Math.Ceiling(values.Length * share), 1, values.Length);
        return values.Skip(values.Length - n).Average();
    }

    /// <summary>Window length in points for a share of the series (at least one).</summary>
    public static int WindowOf(int length, double share) => Math.Clamp((int)Math.Round(length * share), 1, length);

    /// <summary>The first index i where the mean of values[i .. i+window) is at least threshold, or -1.</summary>
    public static int FirstWindowAtLeast(double[] values, int window, double threshold)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i];
            if (i >= window) sum -= values[i - window];
            if (i >= window - 1 && sum / window >= threshold) return i - window + 1;
        }
        return -1;
    }

    /// <summary>The maximal spans covered by windows whose mean is at least <paramref name="threshold"/>, each
    /// trimmed to its first and last point at the threshold: where the value held, not single spikes.</summary>
    public static IReadOnlyList<(int From, int To)> PeriodsAtLeast(double[] values, int window, double threshold)
    {
        var covered = new bool[values.Length];
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i];
            if (i >= window) sum -= values[i - window];
            if (i >= window - 1 && sum / window >= threshold) Array.Fill(covered, true, i - window + 1, window);
        }
        var periods = new List<(int, int)>();
        for (var i = 0; i < values.Length; i++)
        {
            if (!covered[i]) continue;
            var end = i;
            while (end + 1 < values.Length && covered[end + 1]) end++;
            var (from, to) = (i, end);
            while (from < to && values[from] < threshold) from++;
            while (to > from && values[to] < threshold) to--;
            periods.Add((from, to));
            i = end;
        }
        return periods;
    }
}
