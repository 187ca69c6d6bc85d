namespace Repro.Engine.Inspection;

/// <summary>`repro explain STAGE@EXP`: exactly which key fields differ from the lock's entry, or "up to date".</summary>
public static class ExplainCommand
{
    public static IReadOnlyList<string> Run(WorkspacePaths paths, RunOptions options, string instanceName, IEngineConsole console)
    {
        using var session = Session.Open(paths, options, console);
        var instance = session.Graph.Find(instanceName)
            ?? throw DefinitionErrors.UnknownInstance(instanceName, session.Graph.Instances.Select(i => i.Name));
        var planner = new StatusPlanner(session);
        var upstream = session.Graph.UpstreamClosure(instance.Stage.Name).Where(i => session.Graph.IsDownstreamOf(instance, i)).ToList();
        planner.Plan(upstream, check: false);

        var lines = new List<string>();
        var unknown = instance.Upstream.Where(u => !planner.Known.ContainsKey(u)).ToList();
        foreach (var u in unknown)
        {
            // Assume the upstream reproduces what the lock recorded, so its own changes are not blamed here.
            if (session.Lock.Find(session.Profile, u.Name) is { } entry) planner.Known[u] = entry.Outs;
            lines.Add($"upstream {u.Name} will run first; its dep is compared as if it reproduces its locked outputs");
        }
        var key = session.Keys.Build(instance, u => planner.Known.GetValueOrDefault(u));
        if (key is null) return [.. lines, $"cannot compute the key of {instance.Name}: an upstream has never run in profile {session.Profile}"];
        var locked = session.Lock.Find(session.Profile, instance.Name);
        var changes = KeyDiff.Describe(locked is null ? null : KeyRecord.FromLock(instance.Stage.Name, locked), key.Record,
            instance.Stage, h => key.FindListing(h, session.Listings));
        if (changes.Count == 0 && locked is not null && locked.Key != key.Key)
            changes.Add("key differs from the lock but no field does (the lock was edited by hand?)");
        return changes.Count == 0 ? [.. lines, "up to date"] : [.. lines, .. changes];
    }
}
