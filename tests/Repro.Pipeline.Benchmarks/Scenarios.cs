using System.Globalization;

namespace Repro.Pipeline.Benchmarks;

/// <summary>The measured sequence, each step on the workspace the previous one left: cold run, no-op,
/// one experiment's training condition, revert, report-only change, preprocess change.</summary>
internal sealed class Scenarios(ReproRunner repro, string profile)
{
    private static readonly string[] Run3Chain = ["train@run3", "sample@run3", "report"];

    public List<ScenarioResult> Results { get; } = [];

    public RunResult? Cold { get; private set; }

    public void RunAll(bool skipFullRerun)
    {
        Cold = Step("cold full run", r => Expect.NothingCached(r), "report");
        if (Cold.ExitCode != 0) return; // nothing below means anything without a complete first run

        var noops = Enumerable.Range(0, 3).Select(_ => Step(null, null, "report")).ToList();
        var noopSeconds = Median(noops.Select(r => r.Seconds));
        Add("no-op run (median of 3)", noops[^1], noopSeconds, Expect.AllCachedWithin(noops[^1], noopSeconds, 3.0),
            $"runs: {string.Join(", ", noops.Select(r => F(r.Seconds)))}; target < 3 s");

        var statuses = Enumerable.Range(0, 3).Select(_ => repro.Run("status", "--profile", profile)).ToList();
        var statusSeconds = Median(statuses.Select(r => r.Seconds));
        var statusProblem = statuses.Select(r => r.ExitCode).FirstOrDefault(c => c != 0) is var code and not 0 ? $"exit code {code}" : "";
        Results.Add(new ScenarioResult("repro status alone (median of 3)", statusSeconds, "n/a", "n/a", "n/a", statusProblem.Length == 0,
            Join(statusProblem, $"runs: {string.Join(", ", statuses.Select(r => F(r.Seconds)))}")));
        Console.WriteLine($"== repro status: {F(statusSeconds)} s (median of 3)");

        Step("set run3.train.latentDim=12", r => Expect.Exactly(r, "ran", Run3Chain), "report", "--set", "run3.train.latentDim=12");
        Step("revert latentDim (restore)", r => Expect.Exactly(r, "restored", Run3Chain), "report");
        Step("set report.title (report only)", r => Expect.Exactly(r, "ran", "report"), "report", "--set", "report.title=Benchmark title");
        if (skipFullRerun) return;
        Step("set preprocess.denoise=1 (all)", r => Expect.NothingCached(r), "report", "--set", "preprocess.denoise=1");
    }

    private RunResult Step(string? name, Func<RunResult, string>? expect, params string[] args)
    {
        string[] full = [.. args, "--profile", profile];
        Console.WriteLine($"== {name ?? "no-op run"}: repro {string.Join(' ', full)}");
        var run = repro.Run(full);
        Console.WriteLine($"   {F(run.Seconds)} s, exit {run.ExitCode}; ran: {Compact.List(run.With("ran"), run.Instances)}; " +
                          $"restored: {Compact.List(run.With("restored"), run.Instances)}");
        if (run.ExitCode != 0) Console.WriteLine(run.ErrorTail());
        if (name is not null && expect is not null) Add(name, run, run.Seconds, expect(run), "");
        return run;
    }

    private void Add(string name, RunResult run, double seconds, string problems, string note) =>
        Results.Add(new ScenarioResult(name, seconds,
            Compact.List(run.With("ran"), run.Instances),
            Compact.List(run.With("restored"), run.Instances),
            Compact.List(run.With("cached"), run.Instances),
            problems.Length == 0, Join(problems, note)));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : $"{a}; {b}";

    private static string F(double seconds) => seconds.ToString("F2", CultureInfo.InvariantCulture);
}
