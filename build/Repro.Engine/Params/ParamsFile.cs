namespace Repro.Engine.Params;

/// <summary>params.json: `defaults`, named `experiments` and `profiles` (each profile may carry an
/// `experiments` sub-overlay), and `defaultProfile`, the profile used without --profile. A `description` is
/// free text, never a param.</summary>
internal sealed class ParamsFile
{
    public const string FileName = "params.json";

    private ParamsFile(string path, ParamLayer defaults, IReadOnlyDictionary<string, ParamLayer> experiments,
        IReadOnlyDictionary<string, ProfileLayer> profiles, DefaultProfileRule? defaultProfile, IReadOnlyList<string> problems)
    {
        DefaultProfile = defaultProfile;
        Path = path;
        Defaults = defaults;
        Experiments = experiments;
        Profiles = profiles;
        StructureProblems = problems;
    }

    public string Path { get; }
    public ParamLayer Defaults { get; }
    public IReadOnlyDictionary<string, ParamLayer> Experiments { get; }
    public IReadOnlyDictionary<string, ProfileLayer> Profiles { get; }
    public DefaultProfileRule? DefaultProfile { get; }
    public IReadOnlyList<string> StructureProblems { get; }

    public IEnumerable<ParamLayer> AllLayers() =>
        new[] { Defaults }.Concat(Experiments.Values)
            .Concat(Profiles.Values.SelectMany(p => new[] { p.Layer }.Concat(p.Experiments.Values)));

    public static ParamsFile Load(string path)
    {
        var root = Json.ReadObject(path, DefinitionErrors.Unreadable);
        var problems = new List<string>();
        foreach (var p in root.Properties().Where(p => p.Name is not ("defaults" or "experiments" or "profiles" or "defaultProfile")))
            problems.Add($"unknown top-level field \"{p.Name}\"; allowed fields are defaults, experiments, profiles, defaultProfile");
        var defaults = Flatten("defaults", root["defaults"] as JObject, problems, []);
        var experiments = Named("experiments", root["experiments"] as JObject)
            .ToDictionary(e => e.Key, e => Flatten($"experiments.{e.Key}", e.Value, problems, ["description"]), StringComparer.Ordinal);
        var profiles = Named("profiles", root["profiles"] as JObject).ToDictionary(p => p.Key, p =>
        {
            var layer = Flatten($"profiles.{p.Key}", p.Value, problems, ["description", "experiments"]);
            var perExperiment = Named($"profiles.{p.Key}.experiments", p.Value["experiments"] as JObject)
                .ToDictionary(e => e.Key, e => Flatten($"profiles.{p.Key}.experiments.{e.Key}", e.Value, problems, []), StringComparer.Ordinal);
            foreach (var unknown in perExperiment.Keys.Where(e => !experiments.ContainsKey(e)))
                problems.Add($"profiles.{p.Key}.experiments.{unknown}: no experiment \"{unknown}\"; experiments are {(experiments.Count == 0 ? "(none defined)" : string.Join(", ", experiments.Keys))}");
            return new ProfileLayer(p.Key, layer, perExperiment);
        }, StringComparer.Ordinal);
        var defaultProfile = DefaultProfileRule.Read(root["defaultProfile"], profiles.Keys, problems);
        return new ParamsFile(path, defaults, experiments, profiles, defaultProfile, problems);
    }

    private static IEnumerable<KeyValuePair<string, JObject>> Named(string location, JObject? section) =>
        (section ?? []).Properties().Select(p => new KeyValuePair<string, JObject>(p.Name, p.Value as JObject ?? []));

    private static ParamLayer Flatten(string location, JObject? overlay, List<string> problems, string[] reserved)
    {
        var values = new Dictionary<string, JToken>(StringComparer.Ordinal);
        foreach (var section in (overlay ?? []).Properties().Where(p => !reserved.Contains(p.Name)))
        {
            if (section.Value is not JObject keys)
            {
                problems.Add($"{location}.{section.Name}: must be an object of params (\"{section.Name}\": {{ \"key\": value }})");
                continue;
            }
            foreach (var key in keys.Properties())
                values[$"{section.Name}.{key.Name}"] = key.Value;
        }
        return new ParamLayer(location, values);
    }
}
