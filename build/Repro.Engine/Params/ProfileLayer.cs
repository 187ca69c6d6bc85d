namespace Repro.Engine.Params;

/// <summary>A profile's overlay and its per-experiment sub-overlays.</summary>
internal sealed record ProfileLayer(string Name, ParamLayer Layer, IReadOnlyDictionary<string, ParamLayer> Experiments);
