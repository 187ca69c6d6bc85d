namespace Repro.Preprocess.Sources;

/// <summary>What a scan of the source folder found: files to read as images (sorted by relative path,
/// ordinal) and files ignored as clearly not images.</summary>
internal sealed record SourceListing(IReadOnlyList<SourceFile> Candidates, IReadOnlyList<IgnoredFile> Ignored);
