namespace Repro.Gan.Training;

/// <summary>Everything that shapes one training run (the train.* conditions that reach the loop).</summary>
internal sealed record TrainingOptions
{
    public required int LatentDim { get; init; }
    /// <summary>The seed's unit: passes of <see cref="StepsPerEpoch"/> D/G steps each.</summary>
    public required int Epochs { get; init; }

    /// <summary>floor(images / half batch), as dcgan.py's num_batches: 11 for 176 images, 22 for 352.</summary>
    public required int StepsPerEpoch { get; init; }
    public required int BatchSize { get; init; }
    public required double LrG { get; init; }
    public required double LrD { get; init; }
    public required double Beta1G { get; init; }
    public required double Beta1D { get; init; }

    /// <summary>Keras' binary_crossentropy: sigmoid probabilities clipped to [1e-7, 1 - 1e-7] (the seed's
    /// loss: no gradient once D saturates); false: BCE on logits, which keeps one.</summary>
    public required bool KerasLoss { get; init; }
    public required double RealLabelMin { get; init; }
    public required double RealLabelMax { get; init; }
    public required double FakeLabelMin { get; init; }
    public required double FakeLabelMax { get; init; }
    public required long Seed { get; init; }

    /// <summary>One-sided label smoothing: real targets are scaled by (1 - this); 0 = off.</summary>
    public double LabelSmoothing { get; init; }

    /// <summary>Std of Gaussian noise added to every discriminator input, annealed linearly to 0 at the last
    /// iteration; 0 = off.</summary>
    public double InstanceNoise { get; init; }

    /// <summary>DiffAugment (translation by up to 1/8 of the size, cutout of half the size) on real and fake
    /// images in every discriminator pass; false = off.</summary>
    public bool DiffAugment { get; init; }

    /// <summary>Generate D's fake half batch with G's BatchNorm in training mode (batch statistics, the same
    /// mode as the G update, as PyTorch's DCGAN does) instead of Keras' predict (running statistics). With
    /// Keras' BN momentum the running statistics lag far behind early on, so D learns to reject
    /// inference-mode fakes while training-mode fakes pass: G's loss collapses to ~0 with no signal.</summary>
    public bool FakesWithBatchStatistics { get; init; }

    /// <summary>Use TorchSharp's Adam instead of the fused one (benchmarks and tests only; not a stage param,
    /// so it never changes a stage's outputs).</summary>
    public bool TorchAdam { get; init; }

    /// <summary>Build G with plain upsample + conv instead of phase convs (benchmarks only, like TorchAdam).</summary>
    public bool PlainUpsampling { get; init; }

    public int HalfBatch => BatchSize / 2;

    /// <summary>D/G steps in the whole run: one D update on real, one on generated images, one G update.</summary>
    public int Steps => Epochs * StepsPerEpoch;
}
