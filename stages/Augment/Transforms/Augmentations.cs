using Repro.Augment.Params;

namespace Repro.Augment.Transforms;

/// <summary>The augmentations the params enable, in the order their copies follow the originals.</summary>
internal static class Augmentations
{
    public static IReadOnlyList<IAugmentation> Enabled(AugmentParams p)
    {
        var enabled = new List<IAugmentation>();
        if (p.Flip) enabled.Add(new HorizontalFlip());
        return enabled;
    }
}
