using Repro.Contract;

namespace Repro.Sample.Inputs;

/// <summary>Finds train's snapshots (<see cref="SnapshotNames"/>) in epoch order.</summary>
internal static class SnapshotCatalog
{
    public static IReadOnlyList<Snapshot> Find(string trainDir)
    {
        var folder = Path.Combine(trainDir, SnapshotNames.Folder);
        if (!Directory.Exists(folder))
            throw new StageInputException($"The train output '{trainDir}' has no {SnapshotNames.Folder}/ folder. Rerun train.");
        var snapshots = new List<Snapshot>();
        foreach (var grid in Directory.EnumerateFiles(folder, SnapshotNames.GridPattern))
        {
            if (SnapshotNames.GridEpoch(Path.GetFileName(grid)) is not { } epoch) continue;
            var eval = Path.Combine(folder, SnapshotNames.Eval(epoch));
            if (!File.Exists(eval))
                throw new StageInputException($"Snapshot {epoch} in '{folder}' has a grid but no '{Path.GetFileName(eval)}'. Rerun train.");
            snapshots.Add(new Snapshot(epoch, grid, eval));
        }
        if (snapshots.Count == 0)
            throw new StageInputException($"'{folder}' holds no grid-NNNNNN.bin snapshots. Rerun train.");
        snapshots.Sort((a, b) => a.Epoch.CompareTo(b.Epoch));
        return snapshots;
    }
}
