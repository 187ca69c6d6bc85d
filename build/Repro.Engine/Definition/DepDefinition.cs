namespace Repro.Engine.Definition;

/// <summary>A named input of a stage: another stage's output folder (for the same experiment, or for every
/// experiment when <see cref="AllExperiments"/>), or only one of its outs (<see cref="Out"/>, so that a change
/// to its other outs reruns nothing here), or a workspace path that may contain ${param} references.</summary>
internal sealed record DepDefinition(string Name, string? Stage, bool AllExperiments, string? Path, string? Out = null);
