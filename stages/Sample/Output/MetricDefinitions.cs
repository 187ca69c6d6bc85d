using Newtonsoft.Json.Linq;
using Repro.Sample.Domain;
using Repro.Sample.Params;

namespace Repro.Sample.Output;

/// <summary>What each number in metrics.json means, written into the file so the report (and a reader of the
/// raw JSON) states the definitions the numbers were computed with.</summary>
internal static class MetricDefinitions
{
    public static JObject Json(SampleParams p, ClassifierSpace space, int compareSize) => new()
    {
        ["face"] = $"FD and KID on the Repro face classifier's features (never FID: no Inception network): the 128 penultimate ReLU features of a CNN the classifier stage trained on faces Repro.DataGen rendered with their attributes, images box-filtered to {space.Size}x{space.Size}, features scaled so the training set's have mean square 1. It sees what tells hair styles ({space.Heads[0].Classes.Length}), expressions ({space.Heads[1].Classes.Length}), hair tone and collars apart on the embedded dataset's kind of drawing; on other images it is a feature space of the wrong domain. Every mean and std is over {p.KidSubsets} seeded splits of the training set into halves: {compareSize} images of one half against {compareSize} of the set; the realVsReal floor puts {compareSize} of the other half in the set's place, so a figure within the floor's spread cannot be told from a second draw of real drawings by this estimator",
        ["resnet18"] = $"FD/KID-ResNet18 (never FID): FD and KID on the 512 pooled features of ImageNet's ResNet18 (the ONNX model of the Microsoft.ML.DnnImageFeaturizer.ResNet18 package, run by ONNX Runtime; images box-filtered to 224x224, gray on three channels), at the final and best snapshots, {p.ResNetImages} images a side at most, by the face metrics' splits; null when sample.resnetImages is 0. It sees general shapes and textures, knows nothing of faces or line drawings, and is the figure to read for datasets the face classifier was not made for",
        ["fd"] = "Frechet distance between Gaussians fitted to the two feature sets (biased upwards at these sizes: read it against the floor)",
        ["precision"] = "Kynkaanniemi et al. 2019, k = 3: share of samples inside some real image's ball (to its 3rd nearest real neighbour): fidelity",
        ["recall"] = "Kynkaanniemi et al. 2019, k = 3: share of real images inside some sample's ball: diversity",
        ["density"] = "Naeem et al. 2020, k = 5: real balls holding each sample, over 5, averaged (about 1 for matching sets)",
        ["coverage"] = "Naeem et al. 2020, k = 5: share of real balls that hold at least one sample",
        ["divergence"] = "mean over the classifier's attributes of the Jensen-Shannon divergence (bits) between the attribute histograms of the two sets",
        ["combinations"] = "distinct attribute combinations (hair, expression, hair tone, collar) the classifier finds among the compared images; allCombinations counts them in the whole set",
        ["histograms"] = "per attribute, how many images the classifier gives each class (the seed code's class histogram per snapshot)",
        ["faceMemorisation"] = $"face.memorisationShare: as memorisationShare, with distances between classifier features instead of pixels (a shifted copy is near there); memorised = how many samples",
        ["images"] = $"every image is box-filtered to {p.MetricSize}x{p.MetricSize}, values in [0, 1]; distances are RMS pixel differences",
        ["kid"] = $"unbiased MMD^2 with kernel (x.y/d + 1)^3 on features of a seeded random CNN (scaled so training features have mean square 1) (3 conv3x3 layers 16-32-32, ReLU, average pooling; 160 features; seed {p.Seed}); mean and std over {p.KidSubsets} subsets of up to {p.KidSubsetSize} images per set; about 0 for two draws of one distribution",
        ["diversityRatio"] = "mean pairwise distance among the samples / the same among the training images; far below 1 is mode collapse",
        ["gridDiversityRatio"] = "the diversity ratio of the fixed-latent grid",
        ["memorisationShare"] = $"share of samples nearer to a training image or its mirror than the {p.MemorisationPercentile}th percentile of the training images' leave-one-out nearest-neighbour distances (an image's own mirror excluded); about {p.MemorisationPercentile / 100} for novel samples",
        ["nearestMedianRatio"] = "median distance of samples to their nearest training image / median leave-one-out distance of training images; far below 1 suggests copying",
        ["ndb"] = $"number of statistically different bins: k-means ({p.NdbBins} bins, seed {p.Seed}) on training images, two-proportion z-test at the 5% level per bin",
        ["realVsReal"] = "the same metrics for one half of the training set (as samples) against the other half (as the training set), an image and its mirror always in the same half; KID takes a fresh random split per subset: the noise floor",
        ["final"] = "the last snapshot: the final generator's evaluation samples",
        ["best"] = "the snapshot with the lowest KID mean on the face classifier's features (the earliest on a tie)",
    };
}
