using Repro.Contract;
using Repro.StageHost;

namespace Repro.Augment.Settings;

/// <summary>The resolved augment params, range-checked before any image is read.</summary>
internal sealed record AugmentSettings(bool Flip, int MaxImages, int Seed)
{
    public static AugmentSettings From(StageContext context) => new(
        context.GetBool("augment.flip"),
        Ranged(context, "augment.maxImages", 0, 1_000_000),
        Ranged(context, "augment.seed", 0, int.MaxValue));

    private static int Ranged(StageContext context, string key, int min, int max)
    {
        var value = context.GetInt(key);
        return value >= min && value <= max
            ? value
            : throw new StageInputException($"Param '{key}' is {value}; it must be between {min} and {max}. Set it in params.json or with --set {key}=VALUE.");
    }
}
