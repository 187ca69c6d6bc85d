namespace Repro.Gan.Model;

/// <summary>The seed's Keras MNIST discriminator: Conv 5x5/2 (64) 'same'-LeakyReLU(0.2), Conv 5x5/2 (128)
/// 'valid'-LeakyReLU(0.2), Flatten, Dense(256)-LeakyReLU(0.2), Dropout(0.5), Dense(1). Returns the LOGIT:
/// the final sigmoid is folded into the loss (binary cross-entropy with logits), which is what TF-Keras does
/// internally for a sigmoid output; probabilities are sigmoid(logit).</summary>
internal sealed class Discriminator : nn.Module<Tensor, Tensor>
{
    private const double Slope = 0.2;

    // The field names are the weight keys in the checkpoints: never rename them.
    private readonly Conv2d _conv1;
    private readonly Conv2d _conv2;
    private readonly Linear _dense1;
    private readonly Dropout _dropout;
    private readonly Linear _dense2;

    public Discriminator(Architecture architecture) : base(nameof(Discriminator))
    {
        var features = architecture.DiscriminatorFeatureSize;
        _conv1 = nn.Conv2d(1, 64, Architecture.Kernel, stride: 2);
        _conv2 = nn.Conv2d(64, 128, Architecture.Kernel, stride: 2);
        _dense1 = nn.Linear(128L * features * features, 256);
        _dropout = nn.Dropout(0.5);
        _dense2 = nn.Linear(256, 1);
        RegisterComponents();
        KerasInit.Apply(this);
    }

    public override Tensor forward(Tensor image)
    {
        using var scope = NewDisposeScope();
        // TF 'same' with stride 2 on an even size pads 1 before and 2 after (torch's padding=2 is symmetric
        // and would shift the sampling grid by one pixel).
        var x = nn.functional.pad(image, (1, 2, 1, 2));
        x = nn.functional.leaky_relu(_conv1.forward(x), Slope);
        x = nn.functional.leaky_relu(_conv2.forward(x), Slope);
        x = nn.functional.leaky_relu(_dense1.forward(x.flatten(1)), Slope);
        return _dense2.forward(_dropout.forward(x)).MoveToOuterDisposeScope();
    }
}
