using System.Text.RegularExpressions;

namespace Repro.Engine.Remotes;

/// <summary>The remotes: `.repro/config.json` (committed, like DVC's .dvc/config; the rest of .repro/ is
/// ignored) overlaid by `.repro/config.local.json` (this machine only, never committed). URLs only:
/// credentials come from each SDK's standard sources.
/// `{ "remotes": { "team": { "url": "s3://bucket/repro", "endpoint": "http://..." } }, "default": "team", "project": "ID" }`</summary>
internal sealed partial class RemoteConfig
{
    private readonly SortedDictionary<string, RemoteDefinition> _shared;
    private readonly SortedDictionary<string, RemoteDefinition> _local;
    private string? _sharedDefault;
    private string? _localDefault;
    private string? _sharedProject;
    private string? _localProject;

    private RemoteConfig(WorkspacePaths paths)
    {
        Paths = paths;
        (_shared, _sharedDefault, _sharedProject) = Read(paths.RemoteConfig);
        (_local, _localDefault, _localProject) = Read(paths.LocalRemoteConfig);
    }

    public WorkspacePaths Paths { get; }

    public IReadOnlyList<(RemoteDefinition Remote, bool Local)> All =>
        _shared.Values.Where(r => !_local.ContainsKey(r.Name)).Select(r => (r, false))
            .Concat(_local.Values.Select(r => (r, true))).OrderBy(r => r.Item1.Name, StringComparer.Ordinal).ToList();

    public string? Default => _localDefault ?? _sharedDefault;

    /// <summary>This project's id on shared remotes (created with the first remote): what it pushed is marked
    /// with it, so gc on a remote several projects share touches only this project's results by default.</summary>
    public string Project => _sharedProject ?? _localProject ?? "unnamed";

    public static RemoteConfig Load(WorkspacePaths paths) => new(paths);

    /// <summary>The named remote, or the default one; null when none is configured and none was named.</summary>
    public RemoteDefinition? Find(string? name)
    {
        name ??= Default;
        if (name is null) return null;
        return _local.GetValueOrDefault(name) ?? _shared.GetValueOrDefault(name)
            ?? throw RemoteErrors.UnknownRemote(name, All.Select(r => r.Remote.Name));
    }

    public void Add(RemoteDefinition remote, bool makeDefault, bool local)
    {
        if (!NameRule().IsMatch(remote.Name)) throw RemoteErrors.BadName(remote.Name);
        if (_shared.ContainsKey(remote.Name) || _local.ContainsKey(remote.Name)) throw RemoteErrors.DuplicateRemote(remote.Name);
        RemoteUrl.Parse(remote.Url, Paths.Root);   // rejects an unknown scheme before anything is written
        (local ? _local : _shared)[remote.Name] = remote;
        if (_sharedProject is null && _localProject is null)
        {
            if (local) _localProject = Guid.NewGuid().ToString("N");
            else _sharedProject = Guid.NewGuid().ToString("N");
        }
        if (makeDefault)
        {
            if (local) _localDefault = remote.Name;
            else _sharedDefault = remote.Name;
        }
        Save(local);
    }

    public void Remove(string name)
    {
        var local = _local.Remove(name);
        var shared = !local && _shared.Remove(name);
        if (!local && !shared) throw RemoteErrors.UnknownRemote(name, All.Select(r => r.Remote.Name));
        if (_localDefault == name) _localDefault = null;
        if (_sharedDefault == name) _sharedDefault = null;
        Save(local);
    }

    private void Save(bool local)
    {
        var (remotes, fallback, project, file) = local
            ? (_local, _localDefault, _localProject, Paths.LocalRemoteConfig) : (_shared, _sharedDefault, _sharedProject, Paths.RemoteConfig);
        var json = new JObject
        {
            ["remotes"] = new JObject(remotes.Values.Select(r => new JProperty(r.Name, r.Endpoint is null
                ? new JObject { ["url"] = r.Url }
                : new JObject { ["url"] = r.Url, ["endpoint"] = r.Endpoint }))),
        };
        if (fallback is not null) json["default"] = fallback;
        if (project is not null) json["project"] = project;
        AtomicFile.WriteAllText(file, CanonicalJson.Serialize(json));
    }

    private static (SortedDictionary<string, RemoteDefinition>, string?, string?) Read(string file)
    {
        var remotes = new SortedDictionary<string, RemoteDefinition>(StringComparer.Ordinal);
        if (!File.Exists(file)) return (remotes, null, null);
        var root = Json.ReadObject(file, (f, why) => RemoteErrors.BadConfig(f, why));
        foreach (var (name, token) in root["remotes"] as JObject ?? [])
        {
            if (token?["url"] is not JValue { Type: JTokenType.String } url) throw RemoteErrors.BadConfig(file, $"remote '{name}' has no \"url\" string");
            remotes[name] = new RemoteDefinition(name, (string)url!, (string?)token["endpoint"]);
        }
        var fallback = (string?)root["default"];
        if (fallback is not null && !remotes.ContainsKey(fallback) && file.EndsWith("config.json", StringComparison.Ordinal))
            throw RemoteErrors.BadConfig(file, $"the default remote '{fallback}' is not defined in it");
        return (remotes, fallback, (string?)root["project"]);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex NameRule();
}
