namespace Repro.Augment.Inputs;

/// <summary>One preprocessed image: its path relative to the preprocess output, its hash, its pixels.</summary>
internal sealed record SourceImage(string RelativePath, string Hash, byte[] Pixels);
