namespace Repro.Pipeline.Benchmarks;

/// <summary>The expectations of issue 6 ("Incremental re-experimentation"), checked against a run record.
/// Each returns an empty string when met, else what differed (with the engine's reasons).</summary>
internal static class Expect
{
    /// <summary>Exactly <paramref name="expected"/> have <paramref name="outcome"/>; every other instance is cached.</summary>
    public static string Exactly(RunResult run, string outcome, params string[] expected)
    {
        var problems = new List<string>();
        if (Failed(run) is { Length: > 0 } failure) return failure;
        foreach (var name in expected.Where(e => run.Instances.All(i => i.Instance != e)))
            problems.Add($"{name} not in the run");
        foreach (var instance in run.Instances)
        {
            var want = expected.Contains(instance.Instance) ? outcome : "cached";
            if (instance.Outcome != want) problems.Add($"{instance.Instance} {instance.Outcome} (expected {want}): {instance.Reason}");
        }
        return string.Join("; ", problems);
    }

    /// <summary>Every instance ran or was restored within the run (nothing was cached).</summary>
    public static string NothingCached(RunResult run)
    {
        if (Failed(run) is { Length: > 0 } failure) return failure;
        return string.Join("; ", run.Instances.Where(i => i.Outcome is not ("ran" or "restored"))
            .Select(i => $"{i.Instance} {i.Outcome} (expected ran or restored): {i.Reason}"));
    }

    /// <summary>Every instance cached and the run faster than <paramref name="limitSeconds"/>.</summary>
    public static string AllCachedWithin(RunResult run, double seconds, double limitSeconds)
    {
        var problems = Exactly(run, "cached");
        if (seconds >= limitSeconds) problems = Join(problems, $"{seconds:F2} s is not under {limitSeconds} s");
        return problems;
    }

    public static string Failed(RunResult run)
    {
        if (run.ExitCode != 0) return $"exit code {run.ExitCode}: {run.ErrorTail(3).ReplaceLineEndings(" / ")}";
        return run.Instances.Count == 0 ? "no outputs/.repro/last-run.json written" : "";
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : $"{a}; {b}";
}
