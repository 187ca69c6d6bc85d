namespace Repro.Augment.Transforms;

/// <summary>A cheap, deterministic image transform that adds one transformed copy of every chosen image.
/// New ones (small shifts, rotations...) implement this, get a param, and are listed in
/// <see cref="Augmentations"/>; the set's order and the manifest follow automatically.</summary>
internal interface IAugmentation
{
    /// <summary>The name recorded in the manifest for each copy ("flip-horizontal").</summary>
    string Name { get; }

    byte[] Apply(ReadOnlySpan<byte> pixels, int width, int height);
}
