using Repro.Gan.Imaging;
using Repro.Gan.Training;
using Repro.Imaging;
using Repro.Train.Generate;

namespace Repro.Train.Outputs;

/// <summary>What the final generator does between and along latent directions (the seed code's `trans` strips):
/// interpolation.png, one row per pair of fixed grid latents (1-2, 3-4, ...; up to 4 rows), each walking the
/// great circle from one to the other in 8 steps; walk.png, one row per latent dimension (up to 10), the first
/// grid latent with that component set to -3 .. +3.</summary>
internal static class LatentWalks
{
    public const string Interpolation = "interpolation.png";
    public const string Walk = "walk.png";
    private const int Steps = 8;
    private const int MaxPairs = 4;
    private const int MaxDimensions = 10;
    private static readonly float[] WalkValues = [-3, -2, -1, 0, 1, 2, 3];

    public static void Write(GanTrainer trainer, Tensor gridLatents, string outDir)
    {
        var latents = Rows(gridLatents);
        var pairs = latents.Length >= 2
            ? Enumerable.Range(0, Math.Min(MaxPairs, latents.Length / 2)).Select(i => (latents[2 * i], latents[2 * i + 1])).ToList()
            : [(latents[0], latents[0].Select(v => -v).ToArray())];
        Save(trainer, pairs.SelectMany(p => LatentDraw.Slerp(p.Item1, p.Item2, Steps)).ToArray(), Steps, Path.Combine(outDir, Interpolation));

        var walk = new List<float[]>();
        for (var d = 0; d < Math.Min(MaxDimensions, latents[0].Length); d++)
        {
            foreach (var value in WalkValues)
            {
                var point = (float[])latents[0].Clone();
                point[d] = value;
                walk.Add(point);
            }
        }
        Save(trainer, [.. walk], WalkValues.Length, Path.Combine(outDir, Walk));
    }

    private static void Save(GanTrainer trainer, float[][] points, int columns, string path)
    {
        using var z = tensor(points.SelectMany(p => p).ToArray(), [points.Length, points[0].Length]);
        using var images = trainer.Generate(z);
        GrayImages.SavePng(GrayImages.Grid(ImageTensors.ToBatch(images), columns), path);
    }

    private static float[][] Rows(Tensor latents)
    {
        var values = latents.cpu().data<float>().ToArray();
        var width = (int)latents.shape[1];
        return Enumerable.Range(0, (int)latents.shape[0]).Select(i => values.AsSpan(i * width, width).ToArray()).ToArray();
    }
}
