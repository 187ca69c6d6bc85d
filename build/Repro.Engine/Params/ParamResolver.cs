namespace Repro.Engine.Params;

/// <summary>Validates params.json against the stages' schemas and resolves, per experiment:
/// defaults &lt; experiment &lt; profile &lt; profile.experiments[e] &lt; --set k=v &lt; --set EXP.k=v.</summary>
internal static class ParamResolver
{
    public static ResolvedParams Resolve(ParamsFile file, PipelineDefinition pipeline, string profile, IReadOnlyList<string> sets)
    {
        Validate(file, pipeline);
        if (!file.Profiles.TryGetValue(profile, out var layer))
            throw ParamErrors.UnknownProfile(profile, file.Profiles.Keys);
        var experiments = file.Experiments.Keys.Order(StringComparer.Ordinal).ToList();
        var overrides = sets.Select(s => ParamOverride.Parse(s, pipeline, experiments)).ToList();
        var global = overrides.Where(o => o.Experiment is null).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal);

        var shared = Merge(pipeline, file.Defaults.Values, layer.Layer.Values, global);
        var byExperiment = experiments.ToDictionary(e => e, e => (IReadOnlyDictionary<string, JToken>)Merge(pipeline,
            file.Defaults.Values, file.Experiments[e].Values, layer.Layer.Values,
            layer.Experiments.TryGetValue(e, out var sub) ? sub.Values : new Dictionary<string, JToken>(),
            global, overrides.Where(o => o.Experiment == e).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal)),
            StringComparer.Ordinal);
        return new ResolvedParams(profile, experiments, byExperiment, shared);
    }

    /// <summary>Every key of every layer must be in some schema with a valid value; every schema key needs a
    /// default. All problems are reported together.</summary>
    public static void Validate(ParamsFile file, PipelineDefinition pipeline)
    {
        var problems = new List<string>(file.StructureProblems);
        foreach (var layer in file.AllLayers())
        {
            foreach (var (key, value) in layer.Values)
            {
                if (!pipeline.Schema.TryGetValue(key, out var schema))
                    problems.Add($"{layer.Location}: unknown param \"{key}\"; {Known(pipeline, key)}");
                else if (ParamValue.Check(schema, value, out var problem) is null)
                    problems.Add($"{layer.Location}: {problem}");
            }
        }
        foreach (var key in pipeline.Schema.Keys.Where(k => !file.Defaults.Values.ContainsKey(k)).Order(StringComparer.Ordinal))
            problems.Add($"defaults: param \"{key}\" (owned by stage {pipeline.Schema[key].Owner}) has no default; add it under \"defaults\"");
        if (problems.Count > 0) throw ParamErrors.Problems(ParamsFile.FileName, problems);
    }

    private static string Known(PipelineDefinition pipeline, string key)
    {
        var section = key.Split('.')[0];
        var keys = pipeline.Schema.Keys.Where(k => k.StartsWith(section + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        return keys.Count > 0
            ? $"section \"{section}\" has {string.Join(", ", keys)}"
            : $"no stage owns section \"{section}\"; sections are {string.Join(", ", pipeline.Schema.Keys.Select(k => k.Split('.')[0]).Distinct().Order(StringComparer.Ordinal))}";
    }

    private static Dictionary<string, JToken> Merge(PipelineDefinition pipeline, params IReadOnlyDictionary<string, JToken>[] layers)
    {
        var result = new Dictionary<string, JToken>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            foreach (var (key, value) in layer)
                result[key] = ParamValue.Check(pipeline.Schema[key], value, out _)!;
        }
        return result;
    }
}
