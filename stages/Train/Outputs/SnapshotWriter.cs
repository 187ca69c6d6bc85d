using System.Globalization;
using Repro.Gan.Imaging;
using Repro.Gan.Training;

namespace Repro.Train.Outputs;

/// <summary>Writes `grid-NNNNNN.bin` (the fixed-latent grid) and `eval-NNNNNN.bin` (the evaluation batch)
/// for one snapshot iteration, each under a temporary name then renamed, so a crash never leaves a partial
/// file that looks complete.</summary>
internal sealed class SnapshotWriter(string dir, Tensor gridLatents, Tensor evalLatents)
{
    public static bool IsSnapshot(int iteration, int every, int last) => iteration % every == 0 || iteration == last;

    public void Write(GanTrainer trainer)
    {
        Directory.CreateDirectory(dir);
        var suffix = trainer.Iteration.ToString("D6", CultureInfo.InvariantCulture) + ".bin";
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
