namespace Repro.Engine.Execution;

/// <summary>A stage run under way: the instance, its key, its staging folder, its resume folder and the
/// resources the scheduler granted it.</summary>
internal sealed record PendingRun(StageInstance Instance, InstanceKey Key, string Staging, string Resume, ResourceGrant Grant);
