using Repro.StageHost;

namespace Repro.Augment.Params;

/// <summary>The resolved augment params, read before any image is read (the engine has checked their ranges).</summary>
internal sealed record AugmentParams(bool Flip, int MaxImages, int Seed)
{
    public static AugmentParams From(StageContext context) => new(
        context.GetBool("augment.flip"),
        context.GetInt("augment.maxImages"),
        context.GetInt("augment.seed"));
}
