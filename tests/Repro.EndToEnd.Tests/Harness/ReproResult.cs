namespace Repro.EndToEnd.Tests.Harness;

/// <summary>What one `repro` invocation did: exit code, console text, and the run record it wrote.</summary>
internal sealed record ReproResult(int ExitCode, string Output, string Error, IReadOnlyDictionary<string, string> Outcomes)
{
    public IEnumerable<string> Instances(string outcome) =>
        Outcomes.Where(pair => pair.Value == outcome).Select(pair => pair.Key).Order(StringComparer.Ordinal);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
