using Repro.Contract;
using Repro.Gan.Model;
using TorchGenerator = TorchSharp.torch.Generator;

namespace Repro.Gan.Training;

/// <summary>The seed's Keras training loop, one D/G step per <see cref="Step"/> (an epoch is StepsPerEpoch of them): D on a half batch of real
/// images (sampled with replacement), D on a half batch of generated ones (G in inference mode, as Keras'
/// predict), then G on a full batch of fresh noise labelled 1 through D in training mode (dropout active,
/// D's weights frozen as in Keras' combined model, only G's optimizer steps).</summary>
internal sealed class GanTrainer : IDisposable
{
    private const double Beta2 = 0.999;
    private const double AdamEps = 1e-7;     // Keras' Adam epsilon (torch defaults to 1e-8)

    private readonly TrainingOptions _options;
    private readonly Tensor _images;
    private readonly TorchGenerator _rng;

    public GanTrainer(Architecture architecture, TrainingOptions options, Tensor images, Device device)
    {
        _options = options;
        _images = images;
        Architecture = architecture;
        Device = device;
        // The global generator fixes the initial weights and, later, dropout; the trainer's own generator
        // draws everything else (batch indices, noise, labels, augmentation) so the order is explicit.
        manual_seed(options.Seed);
        G = new Model.Generator(architecture, options.PlainUpsampling);
        D = new Discriminator(architecture);
        G.to(device);
        D.to(device);
        _rng = new TorchGenerator((ulong)options.Seed + 1, device);
        OptimizerG = CreateAdam(G.parameters(), options.LrG, options.Beta1G);
        OptimizerD = CreateAdam(D.parameters(), options.LrD, options.Beta1D);
    }

    public Architecture Architecture { get; }
    public TrainingOptions Options => _options;
    public Device Device { get; }
    public Model.Generator G { get; }
    public Discriminator D { get; }
    public IAdam OptimizerG { get; }
    public IAdam OptimizerD { get; }
    public TorchGenerator Rng => _rng;

    /// <summary>D/G steps completed so far (restored from a checkpoint on resume).</summary>
    public int Iteration { get; internal set; }

    /// <summary>Whole epochs completed so far.</summary>
    public int Epoch => Iteration / _options.StepsPerEpoch;

    public IterationMetrics Step()
    {
        using var scope = NewDisposeScope();
        var half = _options.HalfBatch;
        var progress = (double)Iteration / _options.Steps;
        D.train();

        var index = randint(_images.shape[0], [half], dtype: ScalarType.Int64, device: Device, generator: _rng);
        var real = _images.index_select(0, index);
        var realTargets = Uniform(half, _options.RealLabelMin, _options.RealLabelMax).mul_(1 - _options.LabelSmoothing);
        var (lossReal, logitsReal) = UpdateDiscriminator(ForDiscriminator(real, progress), realTargets);

        Tensor fake;
        G.train(_options.FakesWithBatchStatistics);   // default false: inference mode, as Keras' predict
        using (no_grad()) fake = G.forward(Noise(half));
        var fakeTargets = Uniform(half, _options.FakeLabelMin, _options.FakeLabelMax);
        var (lossFake, logitsFake) = UpdateDiscriminator(ForDiscriminator(fake, progress), fakeTargets);

        var lossG = UpdateGenerator(progress);
        Iteration++;

        var summary = stack([
            lossReal, lossFake, lossG,
            logitsReal.gt(0).to(ScalarType.Float32).mean(), logitsFake.le(0).to(ScalarType.Float32).mean(),
            sigmoid(logitsReal).mean(), sigmoid(logitsFake).mean()]).cpu();
        var v = summary.data<float>().ToArray();   // one read for all seven scalars
        var metrics = new IterationMetrics(Iteration, (Iteration - 1) / _options.StepsPerEpoch + 1, v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
        // Nothing after a non-finite loss means anything (the weights are NaN from here on): stop, saying so,
        // rather than spend the rest of the run and report garbage.
        return metrics.LossesFinite ? metrics : throw new StageInputException(
            $"The losses of step {Iteration} (epoch {metrics.Epoch}) are not finite (d_loss real {metrics.DLossReal}, fake {metrics.DLossFake}, " +
            $"g_loss {metrics.GLoss}): training diverged or a CPU kernel computed garbage. Rerun with train.numerics=portable, or lower train.lrD and train.lrG.");
    }

    /// <summary>Images from <paramref name="latents"/> with G in inference mode (BN running statistics), in
    /// fixed-size chunks to bound memory.</summary>
    public Tensor Generate(Tensor latents, int chunk = 32)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        G.eval();
        var parts = new List<Tensor>();
        for (long start = 0; start < latents.shape[0]; start += chunk)
            parts.Add(G.forward(latents.narrow(0, start, Math.Min(chunk, latents.shape[0] - start)).to(Device)).cpu());
        return cat(parts, 0).MoveToOuterDisposeScope();
    }

    public void Dispose()
    {
        OptimizerG.Dispose();
        OptimizerD.Dispose();
        G.Dispose();
        D.Dispose();
        _rng.Dispose();
    }

    private (Tensor Loss, Tensor Logits) UpdateDiscriminator(Tensor images, Tensor targets)
    {
        OptimizerD.zero_grad();
        var logits = D.forward(images);
        var loss = Loss(logits, targets);
        loss.backward();
        OptimizerD.step();
        return (loss.detach(), logits.detach());
    }

    private Tensor UpdateGenerator(double progress)
    {
        OptimizerG.zero_grad();
        SetTrainable(D, false);   // Keras' combined model: no gradients for D's weights, only through D
        G.train();
        var logits = D.forward(ForDiscriminator(G.forward(Noise(_options.BatchSize)), progress));
        var loss = Loss(logits, ones_like(logits));
        loss.backward();
        OptimizerG.step();
        SetTrainable(D, true);
        return loss.detach();
    }

    /// <summary>The optional remedies that act on D's inputs (off by default).</summary>
    private Tensor ForDiscriminator(Tensor images, double progress)
    {
        if (_options.DiffAugment) images = DiffAugment.Apply(images, _rng);
        if (_options.InstanceNoise > 0)
            images = images + randn(images.shape, device: Device, generator: _rng) * (_options.InstanceNoise * (1 - progress));
        return images;
    }

    private IAdam CreateAdam(IEnumerable<Parameter> parameters, double lr, double beta1) => _options.TorchAdam
        ? new TorchAdam(parameters, lr, beta1, Beta2, AdamEps)
        : new FusedAdam(parameters, lr, beta1, Beta2, AdamEps);

    private Tensor Loss(Tensor logits, Tensor targets) => _options.KerasLoss
        ? KerasLoss.BinaryCrossentropy(logits, targets)
        : nn.functional.binary_cross_entropy_with_logits(logits, targets);

    private Tensor Noise(int count) => randn([count, _options.LatentDim], device: Device, generator: _rng);

    /// <summary>Targets U(min, max), one per image; Keras does not clamp targets above 1 and neither do we.</summary>
    private Tensor Uniform(int count, double min, double max) =>
        rand([count, 1], device: Device, generator: _rng).mul_(max - min).add_(min);

    private static void SetTrainable(nn.Module module, bool trainable)
    {
        foreach (var parameter in module.parameters()) parameter.requires_grad = trainable;
    }
}
