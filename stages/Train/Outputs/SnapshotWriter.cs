using System.Globalization;
using Repro.Gan.Imaging;
using Repro.Gan.Training;

namespace Repro.Train.Outputs;

/// <summary>Writes `grid-NNNNNN.bin` (the fixed-latent grid) and `eval-NNNNNN.bin` (the evaluation batch),
/// NNNNNN = epochs completed (the seed's `mnist_fromFixedValue_%d.png` numbering), for one snapshot, each
/// under a temporary name then renamed, so a crash never leaves a partial
/// file that looks complete.</summary>
internal sealed class SnapshotWriter(string dir, Tensor gridLatents, Tensor evalLatents)
{
    /// <summary>At every <paramref name="everySteps"/>-th step (a whole number of epochs) and at the last.</summary>
    public static bool IsSnapshot(int step, int everySteps, int last) => step % everySteps == 0 || step == last;

    public void Write(GanTrainer trainer)
    {
        Directory.CreateDirectory(dir);
        var suffix = trainer.Epoch.ToString("D6", CultureInfo.InvariantCulture) + ".bin";
        Write(trainer, gridLatents, Path.Combine(dir, "grid-" + suffix));
        Write(trainer, evalLatents, Path.Combine(dir, "eval-" + suffix));
    }

    private static void Write(GanTrainer trainer, Tensor latents, string path)
    {
        using var images = trainer.Generate(latents);
        var temp = path + ".tmp";
        ImageTensors.ToBatch(images).Write(temp);
        File.Move(temp, path, overwrite: true);
    }
}
