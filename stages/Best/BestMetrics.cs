using System.Globalization;
using Newtonsoft.Json.Linq;
using Repro.Sample.Domain;
using Repro.Sample.Metrics;
using Repro.Sample.Output;

namespace Repro.Best;

/// <summary>metrics.json of the best stage: the best epoch, how its generator was obtained, its size on disk, and
/// its face figures on the large eval set, by sample's estimator at sample's comparison size (so they read on
/// the same scale as the final snapshot's).</summary>
internal static class BestMetrics
{
    public static void Write(StageContext context, ImageBatch dataset, ImageBatch samples, BestChoice choice, ReplayOrigin origin)
    {
        var seed = context.GetInt("sample.seed");
        var percentile = context.GetDouble("sample.memorisationPercentile");
        var training = TrainingReference.Build(dataset, context.GetInt("sample.metricSize"), percentile, context.GetInt("sample.ndbBins"), seed);
        using var space = ClassifierSpace.Load(context.Dep("classifier"));
        var domain = new DomainEvaluator(space, dataset, training, context.GetInt("sample.kidSubsets"), choice.CompareSize, percentile, seed);
        var (face, _) = domain.Evaluate(samples);
        var document = new JObject
        {
            ["epoch"] = choice.Epoch,
            ["generator"] = new JObject
            {
                ["bytes"] = new FileInfo(context.OutPath("generator.pt")).Length,
                ["from"] = origin.From,
                ["replaySteps"] = origin.Steps,
                ["replayMatchesRecordedGrid"] = origin.GridMatches is { } m ? m : JValue.CreateNull(),
            },
            ["face"] = MetricsDocument.Face(face, space),
        };
        MetricsDocument.Write(document, context.OutPath("metrics.json"));
    }
}
