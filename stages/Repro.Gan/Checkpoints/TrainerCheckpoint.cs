using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Repro.Contract;
using Repro.Gan.Training;

namespace Repro.Gan.Checkpoints;

/// <summary>The full state of a <see cref="GanTrainer"/> as files in one folder: both networks (weights and
/// BatchNorm buffers), both Adam states (step and moments), both random generators and the iteration. With
/// all of them restored, training continues bit for bit as if it had never stopped.</summary>
internal static class TrainerCheckpoint
{
    public const string GeneratorFile = "generator.pt";
    private const string DiscriminatorFile = "discriminator.pt";
    private const string AdamGeneratorFile = "adam-generator.bin";
    private const string AdamDiscriminatorFile = "adam-discriminator.bin";
    private const string GlobalRngFile = "rng-global.bin";
    private const string SamplerRngFile = "rng-sampler.bin";
    private const string StateFile = "state.json";

    public static void Save(GanTrainer trainer, string dir)
    {
        Directory.CreateDirectory(dir);
        trainer.G.save(Path.Combine(dir, GeneratorFile));
        trainer.D.save(Path.Combine(dir, DiscriminatorFile));
        trainer.OptimizerG.Save(Path.Combine(dir, AdamGeneratorFile));
        trainer.OptimizerD.Save(Path.Combine(dir, AdamDiscriminatorFile));
        WriteState(get_rng_state(), Path.Combine(dir, GlobalRngFile));
        WriteState(trainer.Rng.get_state(), Path.Combine(dir, SamplerRngFile));
        var state = new CheckpointState(trainer.Iteration, trainer.Architecture.ImageSize, trainer.Architecture.LatentDim,
            trainer.Architecture.BaseSize, trainer.Architecture.Blocks);
        CanonicalJson.Write(Path.Combine(dir, StateFile), JObject.FromObject(state), KeyOrder.AsWritten);
    }

    /// <summary>Restores <paramref name="trainer"/> from <paramref name="dir"/>. Throws on any mismatch or damage;
    /// the caller then discards this trainer (it may be partly overwritten) and starts afresh.</summary>
    public static void Load(GanTrainer trainer, string dir)
    {
        var state = JsonConvert.DeserializeObject<CheckpointState>(File.ReadAllText(Path.Combine(dir, StateFile)))
            ?? throw new InvalidDataException("state.json is empty");
        var a = trainer.Architecture;
        if (state.ImageSize != a.ImageSize || state.LatentDim != a.LatentDim || state.BaseSize != a.BaseSize || state.Blocks != a.Blocks)
            throw new InvalidDataException($"it was written for image size {state.ImageSize}, latent {state.LatentDim}, not {a.ImageSize}, {a.LatentDim}");
        trainer.G.load(Path.Combine(dir, GeneratorFile), strict: true);
        trainer.D.load(Path.Combine(dir, DiscriminatorFile), strict: true);
        trainer.OptimizerG.Load(Path.Combine(dir, AdamGeneratorFile));
        trainer.OptimizerD.Load(Path.Combine(dir, AdamDiscriminatorFile));
        set_rng_state(ReadState(Path.Combine(dir, GlobalRngFile)));
        trainer.Rng.set_state(ReadState(Path.Combine(dir, SamplerRngFile)));
        trainer.Iteration = state.Iteration;
    }

    private static void WriteState(Tensor state, string path)
    {
        using (state) File.WriteAllBytes(path, state.data<byte>().ToArray());
    }

    private static Tensor ReadState(string path) => tensor(File.ReadAllBytes(path), dtype: ScalarType.Byte);
}
