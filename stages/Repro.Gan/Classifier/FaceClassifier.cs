namespace Repro.Gan.Classifier;

/// <summary>The Repro face classifier: a small CNN trained on rendered faces (stages/Classifier) whose
/// penultimate layer is the feature space of the sample stage's domain metrics. Three 3x3 conv blocks (32, 64,
/// 128 channels, ReLU, the first two max-pooled), average-pooled to 4x4 so any input size of 8 or more fits,
/// a 128-wide ReLU layer (the features), then one linear head per attribute. No BatchNorm and no dropout, so
/// training and inference compute the same function. Field names are the saved weight keys.</summary>
internal sealed class FaceClassifier : nn.Module<Tensor, Tensor>
{
    public const int FeatureSize = 128;

    private readonly Sequential _body;
    private readonly ModuleList<Linear> _heads;

    public FaceClassifier(IReadOnlyList<int> classesPerHead) : base(nameof(FaceClassifier))
    {
        _body = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(64, 128, 3, padding: 1), nn.ReLU(), nn.AdaptiveAvgPool2d(4),
            nn.Flatten(), nn.Linear(128 * 4 * 4, FeatureSize), nn.ReLU());
        _heads = nn.ModuleList(classesPerHead.Select(c => nn.Linear(FeatureSize, c)).ToArray());
        RegisterComponents();
    }

    public int HeadCount => _heads.Count;

    /// <summary>[n, 1, s, s] images in [-1, 1] -> [n, 128] features.</summary>
    public Tensor Features(Tensor images) => _body.forward(images);

    /// <summary>One [n, classes] logit tensor per head.</summary>
    public Tensor[] Heads(Tensor features) => _heads.Select(h => h.forward(features)).ToArray();

    /// <summary>Every head's logits side by side: [n, sum of classes].</summary>
    public override Tensor forward(Tensor images)
    {
        using var scope = NewDisposeScope();
        return cat(Heads(Features(images)), 1).MoveToOuterDisposeScope();
    }
}
