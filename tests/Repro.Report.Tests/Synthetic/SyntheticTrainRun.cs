using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using Repro.Contract;

namespace Repro.Report.Tests.Synthetic;

/// <summary>Writes a train output folder as the train stage would: metrics.csv, snapshots/grid-* and eval-*,
/// conditions.json, interpolation.png and walk.png (drawings like the final samples), and placeholder
/// generator.pt / checkpoint/ that the later stages ignore.</summary>
internal static class SyntheticTrainRun
{
    public static void Write(string folder, TrainScenario s, JObject? extraParams = null)
    {
        Directory.CreateDirectory(Path.Combine(folder, "snapshots"));
        Directory.CreateDirectory(Path.Combine(folder, "checkpoint"));
        File.WriteAllBytes(Path.Combine(folder, "generator.pt"), [1, 2, 3]);
        foreach (var epoch in s.SnapshotEpochs())
        {
            Batch(s, epoch, s.FixedSamples, latentSeed: 1000).Write(Path.Combine(folder, "snapshots", $"grid-{epoch:D6}.bin"));
            Batch(s, epoch, s.EvalSamples, latentSeed: 5000).Write(Path.Combine(folder, "snapshots", $"eval-{epoch:D6}.bin"));
        }
        File.WriteAllText(Path.Combine(folder, "metrics.csv"), MetricsCsv(s));
        foreach (var (name, columns) in new[] { ("interpolation.png", 8), ("walk.png", 7) })
            Repro.Imaging.GrayImages.SavePng(Repro.Imaging.GrayImages.Grid(Batch(s, s.Epochs, columns * 2, latentSeed: 9000), columns), Path.Combine(folder, name));
        var parameters = new JObject
        {
            ["train.latentDim"] = s.LatentDim, ["train.epochs"] = s.Epochs,
            ["train.snapshotEvery"] = s.SnapshotEvery, ["train.realLabelMin"] = 1.0, ["train.realLabelMax"] = s.RealLabelMax,
            ["train.fakeLabelMin"] = 0.0, ["train.fakeLabelMax"] = 0.0, ["train.seed"] = 42, ["train.evalSamples"] = s.EvalSamples,
        };
        if (extraParams is not null) parameters.Merge(extraParams);
        var conditions = new JObject
        {
            ["params"] = parameters,
            ["runtime"] = new JObject { ["device"] = "cpu", ["libTorch"] = "2.10.0.0", ["threads"] = 2, ["torchSharp"] = "0.107.0" },
            ["model"] = new JObject { ["latentDim"] = s.LatentDim, ["imageSize"] = s.Size },
        };
        File.WriteAllText(Path.Combine(folder, "conditions.json"), conditions.ToString());
    }

    /// <summary>Samples of one snapshot: image k comes from latent k (the same drawing parameters at every
    /// snapshot, like a fixed latent vector), with the scenario's noise; after a collapse all are latent 0.</summary>
    private static ImageBatch Batch(TrainScenario s, int epoch, int count, int latentSeed)
    {
        var pixels = new byte[count * s.Size * s.Size];
        var noise = new Random(epoch * 7919 + latentSeed);
        for (var k = 0; k < count; k++)
        {
            var latent = s.CollapseFrom <= epoch ? 0 : k;
            Drawings.Random(s.Size, s.NoiseAt(epoch), new Random(Drawings.Mix(latentSeed + latent))).CopyTo(pixels, k * s.Size * s.Size);
            if (s.NoiseAt(epoch) > 0) // per-snapshot noise on top, so frames differ
                for (var p = 0; p < s.Size * s.Size; p++)
                    pixels[k * s.Size * s.Size + p] = (byte)Math.Clamp(pixels[k * s.Size * s.Size + p] + (noise.Next(21) - 10) * s.NoiseAt(epoch), 0, 255);
        }
        return new ImageBatch(count, s.Size, s.Size, pixels);
    }

    public static string MetricsCsv(TrainScenario s)
    {
        // One D/G step per epoch: the scenario's numbers read the same in both units.
        var csv = new StringBuilder("step,epoch,d_loss_real,d_loss_fake,g_loss,d_acc_real,d_acc_fake,d_real_mean,d_fake_mean\n");
        var random = new Random(s.Epochs);
        for (var i = 1; i <= s.Epochs; i++)
        {
            var dominated = s.DominateFrom <= i && (s.DominateTo is null || i <= s.DominateTo);
            var acc = dominated ? 0.99 : 0.55 + 0.3 * random.NextDouble();
            var dReal = dominated ? 0.97 : 0.6 + 0.1 * random.NextDouble();
            var dFake = dominated ? 0.03 : 0.4 - 0.1 * random.NextDouble();
            csv.Append(string.Create(CultureInfo.InvariantCulture,
                $"{i},{i},{-Math.Log(dReal)},{-Math.Log(1 - dFake)},{-Math.Log(dominated && s.StallInGStep ? 0.97 : dFake)},{acc},{acc},{dReal},{dFake}\n"));
        }
        return csv.ToString();
    }
}
