namespace Repro.Pipeline.Benchmarks;

/// <summary>One timed `repro` invocation: exit code, wall seconds, console text and the run record.</summary>
internal sealed record RunResult(int ExitCode, double Seconds, string Output, string Error, IReadOnlyList<InstanceRecord> Instances)
{
    public IReadOnlyList<string> With(string outcome) =>
        Instances.Where(i => i.Outcome == outcome).Select(i => i.Instance).ToList();

    public string ErrorTail(int lines = 15) =>
        string.Join('\n', Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));
}
