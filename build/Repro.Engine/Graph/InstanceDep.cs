namespace Repro.Engine.Graph;

/// <summary>A dep of one stage instance, resolved: an upstream instance's output folder or a workspace path
/// (workspace-relative, '/'). <see cref="Experiment"/> is set for the expansion of an "experiments": "all" dep;
/// <see cref="Label"/> ("samples@run1") names it in the key, the lock and messages. <see cref="Out"/> narrows an
/// upstream dep to one of its outs (then <see cref="Path"/> is that out's path).</summary>
internal sealed record InstanceDep(string Name, string? Experiment, StageInstance? Upstream, string Path, string? Out = null)
{
    /// <summary>The part of the upstream's outs this dep reads: all of them, or the one it names.</summary>
    public IReadOnlyDictionary<string, OutSummary> Select(IReadOnlyDictionary<string, OutSummary> outs) =>
        Out is null ? outs : outs.Where(o => o.Key == Out).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal);

    public string Label => Experiment is null ? Name : $"{Name}@{Experiment}";
}
