namespace Repro.Engine.Remotes;

/// <summary>`repro remote add|list|remove`: edits .repro/config.json (or, with --local, config.local.json).</summary>
public static class RemoteCommand
{
    public static string Add(WorkspacePaths paths, string name, string url, string? endpoint, bool makeDefault, bool local)
    {
        var config = RemoteConfig.Load(paths);
        config.Add(new RemoteDefinition(name, url, endpoint), makeDefault, local);
        return $"Added remote {name} -> {url}{(makeDefault ? " (default)" : "")} in {(local ? ".repro/config.local.json" : ".repro/config.json")}.";
    }

    public static IReadOnlyList<string> List(WorkspacePaths paths)
    {
        var config = RemoteConfig.Load(paths);
        return config.All.Select(r => $"{r.Remote.Name}\t{r.Remote.Url}{(r.Remote.Endpoint is null ? "" : $" (endpoint {r.Remote.Endpoint})")}" +
            $"{(r.Remote.Name == config.Default ? "\tdefault" : "")}{(r.Local ? "\tlocal" : "")}").ToList();
    }

    public static string Remove(WorkspacePaths paths, string name)
    {
        RemoteConfig.Load(paths).Remove(name);
        return $"Removed remote {name}.";
    }
}
