using Newtonsoft.Json.Linq;
using Repro.Contract;
using Repro.StageHost;

namespace Repro.Report.Inputs;

/// <summary>Everything the report knows about one experiment, loaded from its train, sample, best and augment outputs.</summary>
internal sealed record Experiment(string Name, string TrainDir, string SampleDir, JObject Conditions, MetricsLog Log,
    SampleMetrics Metrics, DatasetInfo Dataset, BestResult? Best = null)
{
    /// <summary>preprocess's and augment's params (their manifests) and train's (conditions.json "params").</summary>
    public IReadOnlyDictionary<string, JToken> Params
    {
        get
        {
            var all = new SortedDictionary<string, JToken>(StringComparer.Ordinal);
            foreach (var p in Dataset.Params.Properties()) all[p.Name] = p.Value;
            if (Conditions["params"] is JObject train) foreach (var p in train.Properties()) all[p.Name] = p.Value;
            return all;
        }
    }

    public int LastEpoch => (int)Log.Epoch[^1];

    public static Experiment Load(string name, string trainDir, string sampleDir, string bestDir, string datasetDir, string preprocessDir)
    {
        var conditionsPath = Path.Combine(trainDir, "conditions.json");
        if (!File.Exists(conditionsPath)) throw new StageInputException($"'{trainDir}' has no conditions.json. Rerun train@{name}.");
        return new Experiment(name, trainDir, sampleDir, JObject.Parse(File.ReadAllText(conditionsPath)),
            MetricsLog.Load(Path.Combine(trainDir, MetricsLogSchema.FileName)), SampleMetrics.Load(Path.Combine(sampleDir, "metrics.json")),
            DatasetInfo.Load(datasetDir, preprocessDir), BestResult.Load(bestDir));
    }

    /// <summary>One per experiment that has all three deps, in experiment-name order.</summary>
    public static IReadOnlyList<Experiment> LoadAll(StageContext context)
    {
        var samples = context.DepsByExperiment("samples");
        var trains = context.DepsByExperiment("trains");
        var datasets = context.DepsByExperiment("datasets");
        var preprocessed = context.DepsByExperiment("preprocessed");
        var bests = context.DepsByExperiment("bests");
        return samples.Keys.Order(StringComparer.Ordinal).Select(name => Load(name, Need(trains, name, "trains"), samples[name],
            Need(bests, name, "bests"), Need(datasets, name, "datasets"), Need(preprocessed, name, "preprocessed"))).ToList();
    }

    private static string Need(IReadOnlyDictionary<string, string> map, string name, string dep) =>
        map.TryGetValue(name, out var path) ? path : throw new StageInputException($"The report's dep '{dep}' has no experiment '{name}'; every experiment needs preprocess, augment, train, sample and best outputs.");
}
