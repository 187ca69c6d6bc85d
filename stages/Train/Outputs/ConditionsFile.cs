using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Repro.Gan.Model;
using Repro.Gan.Runtime;
using Repro.Gan.Training;

namespace Repro.Train.Outputs;

/// <summary>conditions.json: the resolved params and the facts of the model and runtime, so the sample and
/// report stages can show how a run was made without asking the engine. Keys sorted, LF, no timestamps.
/// `kept` says which generator the folder's generator.pt is (the final one, or the best stage's best), at
/// which epoch: `repro generate` reads it.</summary>
internal static class ConditionsFile
{
    public const string Name = "conditions.json";

    public static void Write(string path, StageContext context, GanTrainer trainer, int datasetImages, int threads, NumericsInForce numerics,
        string kept = "final")
    {
        var a = trainer.Architecture;
        var conditions = new JObject
        {
            ["dataset"] = new JObject { ["images"] = datasetImages, ["size"] = a.ImageSize },
            ["model"] = new JObject
            {
                ["baseSize"] = a.BaseSize,
                ["blocks"] = a.Blocks,
                ["discriminatorParameters"] = Count(trainer.D),
                ["generatorParameters"] = Count(trainer.G),
                ["imageSize"] = a.ImageSize,
                ["latentDim"] = a.LatentDim,
            },
            ["kept"] = Kept(kept, trainer.Epoch),
            ["params"] = new JObject(context.AllParams().Where(p => p.Key.StartsWith("train.", StringComparison.Ordinal))
                .Select(p => new JProperty(p.Key, p.Value))),
            ["schedule"] = new JObject
            {
                ["epochs"] = trainer.Options.Epochs,
                ["steps"] = trainer.Options.Steps,
                ["stepsPerEpoch"] = trainer.Options.StepsPerEpoch,
            },
            // Keras does not clamp targets above 1 (run 2's real labels reach 1.2), and neither does this run.
            ["targetsClamped"] = false,
            ["runtime"] = new JObject
            {
                ["device"] = trainer.Device.type.ToString().ToLowerInvariant(),
                ["libTorch"] = TorchRuntime.LibTorchVersion,
                ["numerics"] = numerics.Mode,
                ["threads"] = threads,
                ["torchSharp"] = TorchRuntime.TorchSharpVersion,
            },
        };
        CanonicalJson.Write(path, conditions, KeyOrder.AsWritten);
    }

    /// <summary>A copy of a run's conditions.json that says its generator is the one kept as <paramref name="kept"/>.</summary>
    public static void CopyAs(string from, string to, string kept, int epoch)
    {
        var conditions = JObject.Parse(File.ReadAllText(from));
        conditions["kept"] = Kept(kept, epoch);
        CanonicalJson.Write(to, conditions, KeyOrder.AsWritten);
    }

    private static JObject Kept(string snapshot, int epoch) => new() { ["epoch"] = epoch, ["snapshot"] = snapshot };

    private static long Count(nn.Module module) => module.parameters().Sum(p => p.numel());
}
