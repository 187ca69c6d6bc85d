using Newtonsoft.Json.Linq;
using Repro.Contract;
using Repro.StageHost;

namespace Repro.Data.Tests.Support;

/// <summary>Builds a StageRequest in a temp workspace, with the params.json defaults of the data stages, and
/// runs a stage body in-process.</summary>
internal sealed class StageRun
{
    private readonly Dictionary<string, JToken> _params = new(StringComparer.Ordinal)
    {
        ["image.size"] = 32,
        ["preprocess.source"] = "source",
        ["preprocess.recursive"] = false,
        ["preprocess.fit"] = "pad",
        ["preprocess.background"] = 255,
        ["preprocess.minSize"] = 16,
        ["preprocess.onInvalid"] = "fail",
        ["preprocess.denoise"] = 0,
        ["preprocess.threshold"] = 0,
        ["augment.flip"] = false,
        ["augment.maxImages"] = 0,
        ["augment.seed"] = 1,
    };

    private readonly Dictionary<string, string> _deps = new(StringComparer.Ordinal);

    public StageRun(string workspace, string stage, string outDir)
    {
        Workspace = workspace;
        Stage = stage;
        OutDir = outDir;
        Directory.CreateDirectory(outDir);
    }

    public string Workspace { get; }
    public string Stage { get; }
    public string OutDir { get; }

    public StageRun Set(string key, JToken value)
    {
        _params[key] = value;
        return this;
    }

    public StageRun Dep(string name, string path)
    {
        _deps[name] = path;
        return this;
    }

    public StageRequest Request() => new()
    {
        Stage = Stage,
        Experiment = "test",
        Key = "0",
        OutDir = OutDir,
        Params = _params.Where(p => p.Key.StartsWith(Stage + ".", StringComparison.Ordinal) || (Stage == "preprocess" && p.Key == "image.size"))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        Deps = new Dictionary<string, string>(_deps, StringComparer.Ordinal),
    };

    public void Run(Action<StageContext> body) => body(new StageContext(Request(), CancellationToken.None));

    /// <summary>Runs like the engine does (request file, StageProgram), returning the exit code.</summary>
    public int RunProgram(Action<StageContext> body)
    {
        var requestPath = System.IO.Path.Combine(Workspace, $"{Stage}-request.json");
        Request().Save(requestPath);
        return StageProgram.Run([requestPath], body);
    }
}
