namespace Repro.Engine.Locking;

/// <summary>One dep as the lock records it: workspace path, content hash, total size, file count for folders.</summary>
internal sealed record DepRecord(string Path, string Hash, long Size, int? Files);
