namespace Repro.Engine.Cache;

/// <summary>One declared out in the lock: content hash, size, and for a folder its file count.</summary>
internal sealed record OutSummary(string Hash, long Size, int? Files);
