using Repro.Contract;
using Repro.Gan.Imaging;
using Repro.Gan.Training;

namespace Repro.Train.Outputs;

/// <summary>Writes one snapshot's grid and evaluation batch (named by <see cref="SnapshotNames"/>), each
/// under a temporary name then renamed, so a crash never leaves a partial file that looks complete. The final
/// snapshot's evaluation batch comes from the larger final latent set (train.finalEvalSamples), which the
/// domain metrics need for the final generator.</summary>
internal sealed class SnapshotWriter(string dir, Tensor gridLatents, Tensor evalLatents, Tensor finalEvalLatents)
{
    /// <summary>At every <paramref name="everySteps"/>-th step (a whole number of epochs) and at the last.</summary>
    public static bool IsSnapshot(int step, int everySteps, int last) => step % everySteps == 0 || step == last;

    public void Write(GanTrainer trainer, bool final)
    {
        Directory.CreateDirectory(dir);
        Write(trainer, gridLatents, Path.Combine(dir, SnapshotNames.Grid(trainer.Epoch)));
        Write(trainer, final ? finalEvalLatents : evalLatents, Path.Combine(dir, SnapshotNames.Eval(trainer.Epoch)));
    }

    private static void Write(GanTrainer trainer, Tensor latents, string path)
    {
        using var images = trainer.Generate(latents);
        var temp = path + ".tmp";
        ImageTensors.ToBatch(images).Write(temp);
        File.Move(temp, path, overwrite: true);
    }
}
