namespace Repro.Engine.Execution;

/// <summary>A stage run under way: the instance, its key, its staging folder and its resume folder.</summary>
internal sealed record PendingRun(StageInstance Instance, InstanceKey Key, string Staging, string Resume);
