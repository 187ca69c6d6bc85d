namespace Repro.Gan.Training;

/// <summary>Keras' binary_crossentropy on a sigmoid output, as the seed's D computes it: the probability is
/// clipped to [epsilon, 1 - epsilon] (epsilon 1e-7, in float32), turned back into a logit and fed to the
/// logits form. Inside the clip this is plain BCE; outside it the loss is constant (at most -ln 1e-7 = 16.1)
/// and the gradient is zero, which is how a saturated discriminator starves the generator in the seed.</summary>
internal static class KerasLoss
{
    public const float Epsilon = 1e-7f;

    public static Tensor BinaryCrossentropy(Tensor logits, Tensor targets)
    {
        using var scope = NewDisposeScope();
        var p = sigmoid(logits).clamp(Epsilon, 1 - Epsilon);
        var clipped = log(p / (1 - p));
        return nn.functional.binary_cross_entropy_with_logits(clipped, targets).MoveToOuterDisposeScope();
    }
}
