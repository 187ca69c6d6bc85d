using Repro.Contract;

namespace Repro.Gan.Imaging;

/// <summary>Conversions between ImageBatch (uint8 gray, 0 = black) and the model's [-1, 1] float tensors.</summary>
internal static class ImageTensors
{
    /// <summary>[count, 1, height, width] float32 in [-1, 1]: pixel / 127.5 - 1.</summary>
    public static Tensor ToTensor(ImageBatch batch, Device device)
    {
        using var scope = NewDisposeScope();
        var bytes = tensor(batch.Pixels, [batch.Count, 1, batch.Height, batch.Width], dtype: ScalarType.Byte);
        return bytes.to(ScalarType.Float32).div_(127.5).sub_(1).to(device).MoveToOuterDisposeScope();
    }

    /// <summary>Inverse of <see cref="ToTensor"/>, rounded to the nearest level and clamped.</summary>
    public static ImageBatch ToBatch(Tensor images)
    {
        using var scope = NewDisposeScope();
        var levels = images.detach().cpu().add(1).mul_(127.5).round_().clamp_(0, 255).to(ScalarType.Byte);
        return new ImageBatch((int)images.shape[0], (int)images.shape[2], (int)images.shape[3], levels.data<byte>().ToArray());
    }
}
