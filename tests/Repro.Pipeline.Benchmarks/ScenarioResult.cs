namespace Repro.Pipeline.Benchmarks;

/// <summary>One row of the results table.</summary>
internal sealed record ScenarioResult(string Name, double Seconds, string Ran, string Restored, string Cached, bool Met, string Note);
