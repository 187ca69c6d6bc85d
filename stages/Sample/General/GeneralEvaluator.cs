using Repro.Contract;
using Repro.Sample.Domain;
using Repro.Sample.Metrics;

namespace Repro.Sample.General;

/// <summary>FD and KID on ResNet18's ImageNet features ("FD/KID-ResNet18"), for the final and best snapshots: by
/// the face metrics' scheme (seeded splits of the training set into halves, m images of one half against m of
/// the set, the other half in its place for the floor), with m = sample.resnetImages capped by a half. Only m
/// samples per snapshot, and the training images the splits draw, go through the network (about 75 ms of CPU
/// each).</summary>
internal sealed class GeneralEvaluator
{
    private readonly ResNet18Space _space;
    private readonly Standardizer _standardizer;
    private readonly Dictionary<int, float[]> _features;
    private readonly (int[] Real, int[] Other)[] _splits;
    private readonly CancellationToken _cancellation;

    public GeneralEvaluator(ResNet18Space space, ImageBatch dataset, TrainingReference training, int splits, int images,
        CancellationToken cancellation, int seed)
    {
        _space = space;
        _cancellation = cancellation;
        var random = new Random(seed);
        var halves = Enumerable.Range(0, splits).Select(_ => TrainingReference.Halves(training.Reference.Groups, random)).ToArray();
        CompareSize = Math.Min(images, halves.Min(s => Math.Min(s.A.Length, s.B.Length)));
        _splits = halves.Select(h => (Subsets.Draw(h.A, CompareSize, random), Subsets.Draw(h.B, CompareSize, random))).ToArray();
        // Only the training images some split draws go through the network.
        var used = _splits.SelectMany(s => s.Real.Concat(s.Other)).Distinct().Order().ToArray();
        var raw = space.Embed(dataset, used, cancellation);
        _standardizer = new Standardizer(raw);
        _features = used.Zip(_standardizer.Apply(raw)).ToDictionary(p => p.First, p => p.Second);
    }

    public int CompareSize { get; }

    public GeneralFigures Evaluate(ImageBatch samples)
    {
        if (samples.Count < CompareSize)
            throw new StageInputException($"FD/KID-ResNet18 compares {CompareSize} images a side but a snapshot has {samples.Count}; lower sample.resnetImages or raise train.evalSamples.");
        var features = _standardizer.Apply(_space.Embed(samples, Enumerable.Range(0, CompareSize).ToArray(), _cancellation));
        return Compare(_ => features);
    }

    public GeneralFigures RealVsReal() => Compare(split => split.Other.Select(i => _features[i]).ToArray());

    private GeneralFigures Compare(Func<(int[] Real, int[] Other), float[][]> other)
    {
        var fd = new List<double>();
        var kid = new List<double>();
        foreach (var split in _splits)
        {
            var x = split.Real.Select(i => _features[i]).ToArray();
            var y = other(split);
            fd.Add(FrechetDistance.Between(x, y));
            kid.Add(Kid.Mmd2(x, y));
        }
        return new GeneralFigures(MeanStd.Of(fd), MeanStd.Of(kid));
    }
}
