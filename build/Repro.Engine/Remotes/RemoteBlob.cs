namespace Repro.Engine.Remotes;

/// <summary>A blob as a listing shows it: its size (a push compares it: present means present whole) and when it
/// was last written (gc's grace period).</summary>
internal sealed record RemoteBlob(long Size, DateTimeOffset Modified);
