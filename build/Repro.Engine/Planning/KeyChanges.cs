namespace Repro.Engine.Planning;

/// <summary>The key fields in which <paramref name="key"/> differs from the instance's lock entry
/// (<see cref="KeyDiff"/>), the one way run, status, explain and verify describe a change.</summary>
internal static class KeyChanges
{
    public static List<string> Since(LockEntry? locked, StageInstance instance, InstanceKey key, ListingStore listings) =>
        Since(locked, instance, key.Record, key, listings);

    /// <param name="record">The current record, possibly with some deps replaced (verify compares its own reproductions).</param>
    public static List<string> Since(LockEntry? locked, StageInstance instance, KeyRecord record, InstanceKey key, ListingStore listings) =>
        KeyDiff.Describe(locked is null ? null : KeyRecord.FromLock(instance.Stage.Name, locked), record, instance.Stage,
            h => key.FindListing(h, listings));
}
