namespace Repro.Engine.Planning;

/// <summary>One instance of a plan: its key and decision, or, while an upstream must run first, which one.</summary>
internal sealed record PlannedInstance(StageInstance Instance, InstanceKey? Key, Decision? Decision, StageInstance? WaitingFor);
