namespace Repro.Engine.Graph;

/// <summary>A dep of one stage instance, resolved: an upstream instance's output folder or a workspace path
/// (workspace-relative, '/'). <see cref="Experiment"/> is set for the expansion of an "experiments": "all" dep;
/// <see cref="Label"/> ("samples@run1") names it in the key, the lock and messages.</summary>
internal sealed record InstanceDep(string Name, string? Experiment, StageInstance? Upstream, string Path)
{
    public string Label => Experiment is null ? Name : $"{Name}@{Experiment}";
}
