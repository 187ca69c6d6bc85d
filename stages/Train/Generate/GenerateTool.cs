using Newtonsoft.Json.Linq;
using Repro.Gan.Imaging;
using Repro.Gan.Model;
using Repro.Gan.Runtime;
using Repro.Imaging;
using Generator = Repro.Gan.Model.Generator;

namespace Repro.Train.Generate;

/// <summary>`Train.dll --generate REQUEST.json`, run by `repro generate`: loads a trained instance's
/// generator.pt (architecture from its conditions.json), draws latent vectors from a seed and writes
/// sample-NNN.png, grid.png and, for an interpolation, interpolation-A-B.png with its frames, plus
/// generate.json saying what was drawn. Portable numerics on one thread, so a seed gives the same bytes.</summary>
internal static class GenerateTool
{
    public static int Run(string requestFile)
    {
        try
        {
            Generate(GenerateRequest.Load(requestFile));
            return ExitCodes.Ok;
        }
        catch (StageInputException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
    }

    private static void Generate(GenerateRequest request)
    {
        var conditions = JObject.Parse(File.ReadAllText(Required(request, "conditions.json")));
        var imageSize = (int)conditions["model"]!["imageSize"]!;
        var latentDim = (int)conditions["model"]!["latentDim"]!;
        // generator.pt is one snapshot's generator: train keeps the final one, the best stage the best one.
        var kept = (string?)conditions["kept"]?["snapshot"] ?? "final";
        var epoch = (int?)conditions["kept"]?["epoch"] ?? (int)conditions["schedule"]!["epochs"]!;
        if (request.Snapshot != kept && request.Snapshot != epoch.ToString(System.Globalization.CultureInfo.InvariantCulture))
            throw new StageInputException($"--snapshot {request.Snapshot}: the generators kept are the final and the best snapshot's " +
                                          $"(this one is the {kept}, epoch {epoch}); use --snapshot final or --snapshot best " +
                                          "(the grids of every snapshot are in outputs/sample/EXP/grids)");
        if (request.Interpolate is { } pair && (pair.Length != 2 || pair.Any(i => i < 1 || i > request.Count)))
            throw new StageInputException($"--interpolate needs two sample numbers from 1 to {request.Count} (the --count), not {string.Join(" ", pair)}");

        CpuNumerics.Apply(CpuNumerics.Portable);   // before the first tensor operation
        TorchRuntime.ConfigureThreads(1);
        using var generator = new Generator(Architecture.For(imageSize, latentDim));
        generator.load(Required(request, "generator.pt"), strict: true);
        generator.eval();

        var latents = LatentDraw.Normal(request.Seed, request.Count, latentDim, request.Truncation);
        var samples = Draw(generator, latents);
        for (var i = 0; i < samples.Count; i++)
            GrayImages.SavePng(GrayImages.Grid(Single(samples, i), 1, gutter: 0), Path.Combine(request.OutDir, $"sample-{i + 1:D3}.png"));
        var columns = request.Columns ?? (int)Math.Ceiling(Math.Sqrt(samples.Count));
        GrayImages.SavePng(GrayImages.Grid(samples, columns), Path.Combine(request.OutDir, "grid.png"));

        var summary = new JObject
        {
            ["epoch"] = epoch, ["snapshot"] = kept, ["count"] = request.Count, ["seed"] = request.Seed, ["truncation"] = request.Truncation,
            ["latentDim"] = latentDim, ["imageSize"] = imageSize,
        };
        if (request.Interpolate is [var a, var b])
        {
            var path = LatentDraw.Slerp(latents[a - 1], latents[b - 1], request.Steps);
            var strip = Draw(generator, path);
            GrayImages.SavePng(GrayImages.Grid(strip, strip.Count), Path.Combine(request.OutDir, $"interpolation-{a}-{b}.png"));
            summary["interpolation"] = new JObject { ["from"] = a, ["to"] = b, ["steps"] = request.Steps, ["path"] = "spherical" };
        }
        File.WriteAllText(Path.Combine(request.OutDir, "generate.json"), CanonicalJson.Serialize(summary));
    }

    private static ImageBatch Draw(Generator generator, float[][] latents)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var flat = latents.SelectMany(v => v).ToArray();
        using var z = tensor(flat, [latents.Length, latents[0].Length]);
        return ImageTensors.ToBatch(generator.forward(z));
    }

    private static ImageBatch Single(ImageBatch batch, int index) =>
        new(1, batch.Height, batch.Width, batch.Image(index).ToArray());

    private static string Required(GenerateRequest request, string file) =>
        request.Files.GetValueOrDefault(file) is { } path && File.Exists(path) ? path
            : throw new StageInputException($"the trained result has no {file}; rerun train");
}
