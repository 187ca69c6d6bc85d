namespace Repro.Preprocess.Sources;

/// <summary>A file of the source folder that is not an image and is left alone (listed in the manifest).</summary>
internal sealed record IgnoredFile(string RelativePath, string Reason);
