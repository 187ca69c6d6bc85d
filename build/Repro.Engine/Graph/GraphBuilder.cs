namespace Repro.Engine.Graph;

/// <summary>Expands stages into instances for the selected experiments and connects their deps. Every cycle,
/// dangling dep and out clash is collected and reported together, before anything runs.</summary>
internal static class GraphBuilder
{
    public static PipelineGraph Build(string workspace, PipelineDefinition pipeline, ResolvedParams resolved, IReadOnlyList<string> experiments)
    {
        var problems = new List<string>();
        foreach (var stage in pipeline.Stages)
        {
            foreach (var dep in stage.Deps.Where(d => d.Stage is not null))
            {
                var upstream = pipeline.Find(dep.Stage!);
                if (upstream is null)
                    problems.Add($"stage {stage.Name}: dep \"{dep.Name}\" names stage \"{dep.Stage}\", which does not exist; stages are {string.Join(", ", pipeline.Stages.Select(s => s.Name))}");
                else if (dep.AllExperiments && upstream.Foreach == StageForeach.Once)
                    problems.Add($"stage {stage.Name}: dep \"{dep.Name}\" asks for every experiment of \"{dep.Stage}\", which runs once; drop \"experiments\": \"all\"");
                else if (dep.Out is not null && !upstream.Outs.Contains(dep.Out))
                    problems.Add($"stage {stage.Name}: dep \"{dep.Name}\" names out \"{dep.Out}\" of stage \"{dep.Stage}\", which has none; its outs are {string.Join(", ", upstream.Outs)}");
            }
        }
        problems.AddRange(StageCycles.Find(pipeline.Stages));
        if (problems.Count > 0) throw DefinitionErrors.Problems(problems);

        var instances = new Dictionary<string, StageInstance>(StringComparer.Ordinal);
        foreach (var stage in TopologicalStages(pipeline))
        {
            var own = stage.Foreach == StageForeach.Once ? [null] : experiments.Select(e => (string?)e);
            foreach (var experiment in own)
            {
                var instance = new StageInstance(stage, experiment);
                foreach (var dep in stage.Deps)
                    Connect(workspace, instance, dep, instances, resolved, experiments, problems);
                instances[instance.Name] = instance;
            }
        }
        if (problems.Count > 0) throw DefinitionErrors.Problems(problems);
        return new PipelineGraph(instances.Values.ToList());
    }

    private static void Connect(string workspace, StageInstance instance, DepDefinition dep, Dictionary<string, StageInstance> built,
        ResolvedParams resolved, IReadOnlyList<string> experiments, List<string> problems)
    {
        if (dep.Path is not null)
        {
            var path = PathTemplate.Expand(dep.Path, resolved.For(instance.Experiment), out var missing);
            if (missing is not null)
                problems.Add($"{instance.Name}: dep \"{dep.Name}\" uses ${{{missing}}}, which is not a param");
            else if (path.StartsWith("outputs/", StringComparison.Ordinal) || path == "outputs")
                problems.Add($"{instance.Name}: dep \"{dep.Name}\" reads \"{path}\" directly; depend on the producing stage with {{ \"stage\": ... }} instead");
            else if (!File.Exists(Path.Combine(workspace, path)) && !Directory.Exists(Path.Combine(workspace, path)))
                problems.Add($"{instance.Name}: dep \"{dep.Name}\" is \"{path}\", which does not exist in the workspace");
            else
                instance.Deps.Add(new InstanceDep(dep.Name, null, null, path));
            return;
        }
        var upstreamExperiments = dep.AllExperiments ? experiments.Select(e => (string?)e) : [instance.Experiment];
        foreach (var experiment in upstreamExperiments)
        {
            var upstream = built.Values.FirstOrDefault(i => i.Stage.Name == dep.Stage && (i.Experiment == experiment || i.Experiment is null));
            if (upstream is null)
                problems.Add($"{instance.Name}: dep \"{dep.Name}\" needs {dep.Stage} for experiment \"{experiment}\", which has no instance");
            else
                instance.Deps.Add(new InstanceDep(dep.Name, dep.AllExperiments ? experiment : null, upstream,
                    dep.Out is null ? upstream.OutPath : $"{upstream.OutPath}/{dep.Out}", dep.Out));
        }
    }

    private static List<StageDefinition> TopologicalStages(PipelineDefinition pipeline)
    {
        var ordered = new List<StageDefinition>();
        var remaining = pipeline.Stages.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining.First(s => s.Deps.All(d => d.Stage is null || ordered.Any(o => o.Name == d.Stage)));
            ordered.Add(ready);
            remaining.Remove(ready);
        }
        return ordered;
    }
}
