using Newtonsoft.Json.Linq;
using Repro.Sample.Params;

namespace Repro.Sample.Output;

/// <summary>What each number in metrics.json means, written into the file so the report (and a reader of the
/// raw JSON) states the definitions the numbers were computed with.</summary>
internal static class MetricDefinitions
{
    public static JObject Json(SampleParams p) => new()
    {
        ["images"] = $"every image is box-filtered to {p.MetricSize}x{p.MetricSize}, values in [0, 1]; distances are RMS pixel differences",
        ["kid"] = $"unbiased MMD^2 with kernel (x.y/d + 1)^3 on features of a seeded random CNN (scaled so training features have mean square 1) (3 conv3x3 layers 16-32-32, ReLU, average pooling; 160 features; seed {p.Seed}); mean and std over {p.KidSubsets} subsets of up to {p.KidSubsetSize} images per set; about 0 for two draws of one distribution",
        ["diversityRatio"] = "mean pairwise distance among the samples / the same among the training images; far below 1 is mode collapse",
        ["gridDiversityRatio"] = "the diversity ratio of the fixed-latent grid",
        ["memorisationShare"] = $"share of samples nearer to a training image or its mirror than the {p.MemorisationPercentile}th percentile of the training images' leave-one-out nearest-neighbour distances (an image's own mirror excluded); about {p.MemorisationPercentile / 100} for novel samples",
        ["nearestMedianRatio"] = "median distance of samples to their nearest training image / median leave-one-out distance of training images; far below 1 suggests copying",
        ["ndb"] = $"number of statistically different bins: k-means ({p.NdbBins} bins, seed {p.Seed}) on training images, two-proportion z-test at the 5% level per bin",
        ["realVsReal"] = "the same metrics for one half of the training set (as samples) against the other half (as the training set), an image and its mirror always in the same half; KID takes a fresh random split per subset: the noise floor",
        ["final"] = "the last snapshot: the final generator's evaluation samples",
        ["best"] = "the snapshot with the lowest KID mean (the earliest on a tie)",
    };
}
