using Repro.Gan.Imaging;
using Repro.Gan.Model;
using Repro.Gan.Runtime;
using Repro.Gan.Training;
using Repro.Train.Params;
using Repro.Train.Progress;

namespace Repro.Best;

/// <summary>Training replayed from step 0 to the end of one epoch with the run's own params, seed, numerics,
/// thread count and code (Train's, referenced): on the device and CPU kind the run had, it reaches the very
/// weights the run had at that epoch. The evidence is the fixed-latent grid, compared bit for bit with the
/// snapshot train recorded there. Nothing of the run is stored to make this possible: a generator per
/// snapshot would cost its size (135 MB at 64x64) times the snapshots.</summary>
internal static class Replay
{
    public static GanTrainer To(int epoch, StageContext context, TrainParams p, ImageBatch dataset, Device device)
    {
        var architecture = Architecture.For(dataset.Height, p.Training.LatentDim);
        using var images = ImageTensors.ToTensor(dataset, device);
        // The trainer gets the whole run's schedule: annealing (instance noise) depends on the total.
        var trainer = new GanTrainer(architecture, p.Training, images, device);
        var steps = epoch * p.Training.StepsPerEpoch;
        using var progress = new TrainingProgress($"{context.InstanceName} (replay to epoch {epoch})", 0, p.Training with { Epochs = epoch });
        while (trainer.Iteration < steps)
        {
            if (context.Cancellation.IsCancellationRequested)
            {
                trainer.Dispose();
                context.Cancellation.ThrowIfCancellationRequested();
            }
            progress.Update(trainer.Step());
        }
        return trainer;
    }

    /// <summary>Whether the replayed generator draws the grid train recorded at that epoch, byte for byte.</summary>
    public static bool MatchesRecordedGrid(GanTrainer trainer, Tensor gridLatents, string recordedGrid)
    {
        if (!File.Exists(recordedGrid)) return false;
        using var grid = trainer.Generate(gridLatents);
        return ImageTensors.ToBatch(grid).Pixels.AsSpan().SequenceEqual(ImageBatch.Read(recordedGrid).Pixels);
    }
}
