using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Repro.Contract;

/// <summary>What `repro generate` asks of a stage program that declares a generator (`PROGRAM --generate
/// REQUEST.json`): a trained instance's out files (read-only, in the cache) and what to draw from it.</summary>
public sealed class GenerateRequest
{
    /// <summary>The instance's out files: path inside its out folder -> absolute path of the cached copy.</summary>
    [JsonProperty("files")] public Dictionary<string, string> Files { get; set; } = new(StringComparer.Ordinal);

    /// <summary>An empty folder the program writes the images into.</summary>
    [JsonProperty("outDir")] public string OutDir { get; set; } = "";

    /// <summary>"final", "best" or an epoch: which snapshot's generator to draw from.</summary>
    [JsonProperty("snapshot")] public string Snapshot { get; set; } = "final";

    [JsonProperty("count")] public int Count { get; set; } = 25;

    /// <summary>Seed of the latent vectors: the same seed gives the same images.</summary>
    [JsonProperty("seed")] public int Seed { get; set; }

    /// <summary>Redraw every latent component whose magnitude exceeds this (the truncation trick); null: none.</summary>
    [JsonProperty("truncation")] public double? Truncation { get; set; }

    /// <summary>Columns of grid.png; null: a near-square grid.</summary>
    [JsonProperty("columns")] public int? Columns { get; set; }

    /// <summary>Two 1-based sample numbers to interpolate between (spherically), or null.</summary>
    [JsonProperty("interpolate")] public int[]? Interpolate { get; set; }

    /// <summary>Images in the interpolation strip, both ends included.</summary>
    [JsonProperty("steps")] public int Steps { get; set; } = 8;

    public static GenerateRequest Load(string path) =>
        JsonConvert.DeserializeObject<GenerateRequest>(File.ReadAllText(path)) ?? throw StageInputException.BadRequest(path, "the file is empty");

    public void Save(string path) => File.WriteAllText(path, CanonicalJson.Serialize(JObject.FromObject(this), KeyOrder.AsWritten));
}
