using Newtonsoft.Json;

namespace Repro.Gan.Checkpoints;

/// <summary>state.json of a checkpoint: where training stopped and the shape it was trained with.</summary>
internal sealed record CheckpointState(
    [property: JsonProperty("iteration")] int Iteration,
    [property: JsonProperty("imageSize")] int ImageSize,
    [property: JsonProperty("latentDim")] int LatentDim,
    [property: JsonProperty("baseSize")] int BaseSize,
    [property: JsonProperty("blocks")] int Blocks);
