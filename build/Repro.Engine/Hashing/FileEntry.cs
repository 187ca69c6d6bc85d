namespace Repro.Engine.Hashing;

/// <summary>One file of a listing: its content hash and size.</summary>
internal sealed record FileEntry(string Hash, long Size);
