namespace Repro.Engine.Reporting;

/// <summary>One row of the end-of-run table: instance, outcome, why, how long; plus the key fields that
/// changed since the lock (for changes.md).</summary>
public sealed record InstanceResult(string Instance, Outcome Outcome, string Reason, TimeSpan Duration, IReadOnlyList<string> Changes);
