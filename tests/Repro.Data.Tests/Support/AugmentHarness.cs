using Newtonsoft.Json.Linq;
using Repro.Augment;
using Repro.Imaging;
using Repro.Contract;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Data.Tests.Support;

/// <summary>A fake preprocess output (`images/NNNN-x.png`) and an augment run over it, in-process.</summary>
internal sealed class AugmentHarness : IDisposable
{
    private readonly TempFolder _workspace = new();

    public AugmentHarness()
    {
        Preprocessed = _workspace.CreateFolder("preprocess");
        Directory.CreateDirectory(Path.Combine(Preprocessed, "images"));
        Stage = new StageRun(_workspace.Path, "augment", _workspace.Combine("out")).Dep("images", Preprocessed);
    }

    public string Preprocessed { get; }
    public StageRun Stage { get; }
    public string OutDir => Stage.OutDir;

    /// <summary>Writes count distinct 16x16 images: image i has a black pixel at (i % 16, i / 16) and a
    /// black left column, so flips and identities are recognisable.</summary>
    public void WriteImages(int count, int size = 16)
    {
        for (var i = 0; i < count; i++)
        {
            using var image = new Image<L8>(size, size, new L8(255));
            image[i % size, i / size % size] = new L8(0);
            for (var y = 0; y < size; y++) image[0, y] = new L8(10);
            image.Save(Path.Combine(Preprocessed, "images", $"{i + 1:D4}-img{i}.png"), Codecs.GrayPng);
        }
    }

    public (ImageBatch Batch, JObject Manifest) Run()
    {
        Stage.Run(AugmentStage.Run);
        return (ImageBatch.Read(Path.Combine(OutDir, "dataset.bin")), JObject.Parse(File.ReadAllText(Path.Combine(OutDir, "manifest.json"))));
    }

    public void Dispose() => _workspace.Dispose();
}
