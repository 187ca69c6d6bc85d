namespace Repro.Report.Tests.Synthetic;

/// <summary>How a synthetic training run behaves: its length, snapshot schedule, image quality over time,
/// when (if ever) it collapses to one mode, and its per-epoch metrics log.</summary>
internal sealed record TrainScenario
{
    public int Epochs { get; init; } = 200;
    public int SnapshotEvery { get; init; } = 50;
    public int Size { get; init; } = 32;
    public int FixedSamples { get; init; } = 25;
    public int EvalSamples { get; init; } = 64;
    public int LatentDim { get; init; } = 5;
    public double RealLabelMax { get; init; } = 1.0;

    /// <summary>From this epoch on every sample is the same drawing (mode collapse); null: never.</summary>
    public int? CollapseFrom { get; init; }

    /// <summary>From this epoch on D's accuracy is 0.99 on both halves (D dominates); null: about 0.7.</summary>
    public int? DominateFrom { get; init; }

    /// <summary>The last epoch D dominates (a period); null: to the end.</summary>
    public int? DominateTo { get; init; }

    /// <summary>While D dominates, G's own step sees D rate its fakes real (the BatchNorm-mode stall).</summary>
    public bool StallInGStep { get; init; }

    /// <summary>Noise mixed into the samples: high early, none at the end.</summary>
    public double NoiseAt(int epoch) => 0.8 * (1 - epoch / (double)Epochs);

    public IEnumerable<int> SnapshotEpochs()
    {
        for (var i = SnapshotEvery; i < Epochs; i += SnapshotEvery) yield return i;
        yield return Epochs;
    }
}
