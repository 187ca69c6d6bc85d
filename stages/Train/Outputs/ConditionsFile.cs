using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Repro.Gan.Model;
using Repro.Gan.Runtime;
using Repro.Gan.Training;

namespace Repro.Train.Outputs;

/// <summary>conditions.json: the resolved params and the facts of the model and runtime, so the sample and
/// report stages can show how a run was made without asking the engine. Keys sorted, LF, no timestamps.</summary>
internal static class ConditionsFile
{
    public static void Write(string path, StageContext context, GanTrainer trainer, int datasetImages, int threads, NumericsInForce numerics)
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
            ["params"] = new JObject(context.AllParams().Select(p => new JProperty(p.Key, p.Value))),
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

    private static long Count(nn.Module module) => module.parameters().Sum(p => p.numel());
}
