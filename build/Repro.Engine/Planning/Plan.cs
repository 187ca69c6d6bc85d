namespace Repro.Engine.Planning;

/// <summary>Plans instances in topological order without running anything: each key is computed from the
/// outs its upstreams are known to have (<see cref="Decision.KnownOuts"/>); an instance below one that must
/// run waits for it (its key is unknown until then).</summary>
internal sealed class Plan(PipelineState state, KeyBuilder keys, Planner planner, RunOptions options, bool lockOnly)
{
    /// <summary>Outs known without running, by instance.</summary>
    public Dictionary<StageInstance, IReadOnlyDictionary<string, OutSummary>> Known { get; } = [];

    public List<PlannedInstance> Walk(IEnumerable<StageInstance> instances)
    {
        var planned = new List<PlannedInstance>();
        foreach (var instance in instances)
        {
            var waiting = instance.Upstream.FirstOrDefault(u => !Known.ContainsKey(u));
            var key = waiting is null ? keys.Build(instance, u => Known.GetValueOrDefault(u)) : null;
            if (key is null)
            {
                planned.Add(new PlannedInstance(instance, null, null, waiting));
                continue;
            }
            var decision = lockOnly ? planner.DecideByLock(instance, key, state.Locked(instance))
                : planner.Decide(instance, key, state.Locked(instance), options.Forces(instance.Stage.Name));
            if (decision.KnownOuts is { } outs) Known[instance] = outs;
            planned.Add(new PlannedInstance(instance, key, decision, null));
        }
        return planned;
    }
}
