namespace Repro.Engine.Inspection;

/// <summary>`repro explain STAGE@EXP`: exactly which key fields differ from the lock's entry, or "up to date".</summary>
public static class ExplainCommand
{
    public static IReadOnlyList<string> Run(WorkspacePaths paths, RunOptions options, string instanceName, IEngineConsole console)
    {
        var state = PipelineState.Load(paths, options, console);
        using var stores = CacheStores.Open(paths, console);
        var instance = state.Graph.Find(instanceName)
            ?? throw DefinitionErrors.UnknownInstance(instanceName, state.Graph.Instances.Select(i => i.Name));
        var tools = PlanningTools.For(state, stores);
        var plan = tools.Plan(state, options, lockOnly: false);
        plan.Walk(state.Graph.UpstreamClosure(instance.Stage.Name).Where(i => state.Graph.IsDownstreamOf(instance, i)));

        var lines = new List<string>();
        foreach (var u in instance.Upstream.Where(u => !plan.Known.ContainsKey(u)).ToList())
        {
            // Assume the upstream reproduces what the lock recorded, so its own changes are not blamed here.
            if (state.Locked(u) is { } entry) plan.Known[u] = entry.Outs;
            lines.Add($"upstream {u.Name} will run first; its dep is compared as if it reproduces its locked outputs");
        }
        var key = tools.Keys.Build(instance, u => plan.Known.GetValueOrDefault(u));
        if (key is null) return [.. lines, $"cannot compute the key of {instance.Name}: an upstream has never run in profile {state.Profile}"];
        var locked = state.Locked(instance);
        var changes = KeyChanges.Since(locked, instance, key, stores.Listings);
        if (changes.Count == 0 && locked is not null && locked.Key != key.Key)
            changes.Add("key differs from the lock but no field does (the lock was edited by hand?)");
        return changes.Count == 0 ? [.. lines, "up to date"] : [.. lines, .. changes];
    }
}
