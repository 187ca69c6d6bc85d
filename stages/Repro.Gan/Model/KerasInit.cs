namespace Repro.Gan.Model;

/// <summary>Keras defaults that differ from TorchSharp's: glorot-uniform kernels with zero bias (TorchSharp
/// uses kaiming-uniform), BatchNormalization(momentum 0.99, epsilon 1e-3), which is momentum 0.01 in torch's
/// convention (the weight of the NEW batch statistic).</summary>
internal static class KerasInit
{
    public const double BatchNormMomentum = 0.01;
    public const double BatchNormEps = 1e-3;

    public static BatchNorm1d BatchNorm1d(long features) =>
        nn.BatchNorm1d(features, eps: BatchNormEps, momentum: BatchNormMomentum);

    public static BatchNorm2d BatchNorm2d(long features) =>
        nn.BatchNorm2d(features, eps: BatchNormEps, momentum: BatchNormMomentum);

    /// <summary>Glorot-uniform weights and zero biases for every dense and conv layer; uses the global torch
    /// generator, so the seed set before building fixes the initial weights.</summary>
    public static void Apply(nn.Module module)
    {
        using var noGrad = no_grad();
        foreach (var layer in module.modules().Prepend(module))   // modules() leaves out the module itself
        {
            var (weight, bias) = layer switch
            {
                Linear linear => (linear.weight, linear.bias),
                Conv2d conv => (conv.weight, conv.bias),
                UpsampleConv conv => (conv.Weight, conv.Bias),
                _ => (null, null),
            };
            if (weight is not null) nn.init.xavier_uniform_(weight);
            if (bias is not null) nn.init.zeros_(bias);
        }
    }
}
