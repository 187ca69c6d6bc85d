namespace Repro.Engine.Execution;

/// <summary>A stage process's checked result, still in its staging folder.</summary>
internal sealed record StageResult(string Staging, OutListing Outs, IReadOnlyDictionary<string, string> Provenance);
