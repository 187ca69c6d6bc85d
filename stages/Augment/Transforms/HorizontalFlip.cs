namespace Repro.Augment.Transforms;

/// <summary>Mirror image left to right (augment.flip): a face looking left becomes one looking right.</summary>
internal sealed class HorizontalFlip : IAugmentation
{
    public string Name => "flip-horizontal";

    public byte[] Apply(ReadOnlySpan<byte> pixels, int width, int height)
    {
        var result = new byte[pixels.Length];
        for (var y = 0; y < height; y++)
        {
            var row = result.AsSpan(y * width, width);
            pixels.Slice(y * width, width).CopyTo(row);
            row.Reverse();
        }
        return result;
    }
}
