namespace Repro.Engine.Definition;

/// <summary>A named input of a stage: another stage's output folder (for the same experiment, or for every
/// experiment when <see cref="AllExperiments"/>), or a workspace path that may contain ${param} references.</summary>
internal sealed record DepDefinition(string Name, string? Stage, bool AllExperiments, string? Path);
