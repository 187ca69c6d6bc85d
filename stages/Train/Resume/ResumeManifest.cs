using Newtonsoft.Json;

namespace Repro.Train.Resume;

/// <summary>manifest.json of a committed checkpoint: the iteration and the SHA-256 of every file it needs.</summary>
internal sealed record ResumeManifest(
    [property: JsonProperty("iteration")] int Iteration,
    [property: JsonProperty("files")] SortedDictionary<string, string> Files,
    [property: JsonProperty("snapshots")] SortedDictionary<string, string> Snapshots);
