namespace Repro.Report.Observations;

/// <summary>A finding about one experiment and the rule that produced it (the report prints both, so a reader
/// can judge the rule and nobody mistakes a threshold for a fact).</summary>
internal sealed record Observation(string Finding, string Rule);
