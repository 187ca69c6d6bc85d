using Newtonsoft.Json;

namespace Repro.Engine.Experiments;

/// <summary>Builds the experiments table from the resolved params and the materialised metric files.</summary>
public static class ExpShowCommand
{
    public static ExperimentTable Build(WorkspacePaths paths, RunOptions options, IEngineConsole console)
    {
        var state = PipelineState.Load(paths, options, console);
        using var stores = CacheStores.Open(paths, console);
        var experiments = options.Experiment is null ? state.Params.Experiments : [options.Experiment];
        var stale = PlanningTools.For(state, stores).Plan(state, options, lockOnly: false).Walk(state.Graph.Instances)
            .Where(p => p.Decision?.IsCurrent != true)
            .Select(p => p.Instance.Name).ToHashSet(StringComparer.Ordinal);
        var keys = state.Pipeline.Schema.Keys.Order(StringComparer.Ordinal).ToList();
        var differing = keys.Where(k => experiments.Select(e => Format(state.Params.For(e)[k])).Distinct().Count() > 1).ToList();
        var shared = keys.Except(differing).Where(k => IsExperimentCondition(state, k))
            .Select(k => new KeyValuePair<string, string>(k, Format(state.Params.For(experiments[0])[k]))).ToList();
        var metricStages = state.Pipeline.Stages.Where(s => s.Foreach == StageForeach.Experiment && s.Metrics.Count > 0).ToList();
        var rows = experiments.Select(e => new ExperimentRow(
            e,
            differing.Select(k => Format(state.Params.For(e)[k])).ToList(),
            metricStages.SelectMany(s => s.Metrics.Select(m => Read(paths, state.Graph.Find($"{s.Name}@{e}"), m))).ToList(),
            state.Graph.Instances.Any(i => i.Experiment == e && stale.Contains(i.Name)))).ToList();
        var labels = metricStages.SelectMany(s => s.Metrics.Select(m => m.Label)).ToList();
        return new ExperimentTable(state.Profile, differing, labels, rows, shared);
    }

    /// <summary>Shared values worth listing: those of keys some per-experiment stage declares.</summary>
    private static bool IsExperimentCondition(PipelineState state, string key) =>
        state.Pipeline.Stages.Any(s => s.Foreach == StageForeach.Experiment && s.Declares(key));

    private static string Read(WorkspacePaths paths, StageInstance? instance, MetricDefinition metric) =>
        instance is not null && MetricReader.Read(paths.Full(instance.OutPath), metric) is { } token ? Format(token) : ExperimentTable.Missing;

    private static string Format(JToken token) => token.Type switch
    {
        JTokenType.Float => ((double)token).ToString("G4", CultureInfo.InvariantCulture),
        JTokenType.String => (string)token!,
        _ => token.ToString(Formatting.None),
    };
}
