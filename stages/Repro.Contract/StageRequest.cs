using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Repro.Contract;

/// <summary>What the engine asks of one stage instance, written by the engine as JSON. It carries only what the
/// instance's key is computed from (params, deps) plus where to write: nothing outside the key (the profile,
/// the workspace) reaches a stage, so a stage cannot make its outputs depend on it.</summary>
public sealed class StageRequest
{
    /// <summary>Stage name, e.g. "train".</summary>
    [JsonProperty("stage")] public string Stage { get; set; } = "";

    /// <summary>Experiment name, or null for a stage that runs once over all experiments.</summary>
    [JsonProperty("experiment")] public string? Experiment { get; set; }

    /// <summary>The stage instance's key (hex); stable for identical inputs, params and code.</summary>
    [JsonProperty("key")] public string Key { get; set; } = "";

    /// <summary>The staging folder: the ONLY place the stage may write its declared outputs.</summary>
    [JsonProperty("outDir")] public string OutDir { get; set; } = "";

    /// <summary>A folder that survives an interrupted run of the same key (checkpoints); may be absent.</summary>
    [JsonProperty("resumeDir")] public string? ResumeDir { get; set; }

    /// <summary>Where the stage host writes provenance facts (device, threads, versions) for the lock.</summary>
    [JsonProperty("provenanceFile")] public string? ProvenanceFile { get; set; }

    /// <summary>Resolved param values, only the keys the stage declares ("train.latentDim" -> 5).</summary>
    [JsonProperty("params")] public Dictionary<string, JToken> Params { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Single deps: name -> absolute path (a file or a folder).</summary>
    [JsonProperty("deps")] public Dictionary<string, string> Deps { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Deps over all experiments (stages that run once): name -> experiment -> absolute path.</summary>
    [JsonProperty("depsByExperiment")]
    public Dictionary<string, Dictionary<string, string>> DepsByExperiment { get; set; } = new(StringComparer.Ordinal);

    public static StageRequest Load(string path)
    {
        var text = File.ReadAllText(path);
        return JsonConvert.DeserializeObject<StageRequest>(text)
            ?? throw StageInputException.BadRequest(path, "the file is empty");
    }

    public void Save(string path) => File.WriteAllText(path, CanonicalJson.Serialize(JObject.FromObject(this), KeyOrder.AsWritten));
}
