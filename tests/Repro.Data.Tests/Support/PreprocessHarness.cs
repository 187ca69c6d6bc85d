using Newtonsoft.Json.Linq;
using Repro.Preprocess;
using Repro.Contract;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Data.Tests.Support;

/// <summary>A temp workspace with a `source/` folder and an output folder, running the preprocess stage
/// in-process.</summary>
internal sealed class PreprocessHarness : IDisposable
{
    private readonly TempFolder _workspace = new();

    public PreprocessHarness()
    {
        Source = _workspace.CreateFolder("source");
        Stage = new StageRun(_workspace.Path, "preprocess", _workspace.Combine("out")).Dep("source", Source);
    }

    public string Source { get; }
    public StageRun Stage { get; }
    public string OutDir => Stage.OutDir;

    public string SourcePath(string name) => Path.Combine(Source, name);

    public JObject Run()
    {
        Stage.Run(PreprocessStage.Run);
        return JObject.Parse(File.ReadAllText(Path.Combine(OutDir, "manifest.json")));
    }

    public string RunExpectingError()
    {
        var error = Assert.Throws<StageInputException>(() => Stage.Run(PreprocessStage.Run));
        return error.Message;
    }

    public string[] OutputNames() =>
        Directory.GetFiles(Path.Combine(OutDir, "images")).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

    public Image<L8> Output(string name) => Image.Load<L8>(Path.Combine(OutDir, "images", name));

    public void Dispose() => _workspace.Dispose();
}
