using Repro.Augment.Settings;

namespace Repro.Augment.Transforms;

/// <summary>The augmentations the settings enable, in the order their copies follow the originals.</summary>
internal static class Augmentations
{
    public static IReadOnlyList<IAugmentation> Enabled(AugmentSettings settings)
    {
        var enabled = new List<IAugmentation>();
        if (settings.Flip) enabled.Add(new HorizontalFlip());
        return enabled;
    }
}
