namespace Repro.Gan.Model;

/// <summary>The seed's Keras MNIST generator adapted to the image size: Dense(1024)-BN-ReLU,
/// Dense(128*b*b)-BN-ReLU, reshape to 128 x b x b, (Blocks - 1) x [UpSampling x2 (nearest) + Conv 5x5 'same'
/// (64) as one <see cref="UpsampleConv"/>, BN, ReLU], then the last UpSampling x2 straight into Conv 5x5
/// 'same' to 1 channel (also one UpsampleConv), tanh. As dcgan.py: no 64-channel conv at full resolution.
/// Output in [-1, 1], shape [N, 1, size, size].</summary>
internal sealed class Generator : nn.Module<Tensor, Tensor>
{
    // The field names are the weight keys in generator.pt and the checkpoints: never rename them.
    private readonly Linear _dense1;
    private readonly BatchNorm1d _norm1;
    private readonly Linear _dense2;
    private readonly BatchNorm1d _norm2;
    private readonly ModuleList<Sequential> _blocks;
    private readonly UpsampleConv _toImage;
    private readonly int _baseSize;

    /// <param name="plainUpsampling">Upsample then convolve instead of the phase convs (benchmarks and tests).</param>
    public Generator(Architecture architecture, bool plainUpsampling = false) : base(nameof(Generator))
    {
        _baseSize = architecture.BaseSize;
        var baseFeatures = Architecture.BaseChannels * _baseSize * _baseSize;
        _dense1 = nn.Linear(architecture.LatentDim, Architecture.DenseWidth);
        _norm1 = KerasInit.BatchNorm1d(Architecture.DenseWidth);
        _dense2 = nn.Linear(Architecture.DenseWidth, baseFeatures);
        _norm2 = KerasInit.BatchNorm1d(baseFeatures);
        _blocks = nn.ModuleList<Sequential>();
        for (var i = 0; i < architecture.Blocks - 1; i++)
        {
            var inChannels = i == 0 ? Architecture.BaseChannels : Architecture.BlockChannels;
            _blocks.Add(nn.Sequential(
                new UpsampleConv(inChannels, Architecture.BlockChannels, plainUpsampling),
                KerasInit.BatchNorm2d(Architecture.BlockChannels),
                nn.ReLU()));
        }
        _toImage = new UpsampleConv(Architecture.BlockChannels, 1, plainUpsampling);
        RegisterComponents();
        KerasInit.Apply(this);
    }

    public override Tensor forward(Tensor latent)
    {
        using var scope = NewDisposeScope();
        var x = nn.functional.relu(_norm1.forward(_dense1.forward(latent)));
        x = nn.functional.relu(_norm2.forward(_dense2.forward(x)));
        x = x.view(-1, Architecture.BaseChannels, _baseSize, _baseSize);
        foreach (var block in _blocks) x = block.forward(x);
        return tanh(_toImage.forward(x)).MoveToOuterDisposeScope();
    }
}
