using System.Globalization;
using System.Text.RegularExpressions;
using Repro.StageHost;

namespace Repro.Sample.Inputs;

/// <summary>Finds train's snapshots (grid-%06d.bin with its eval-%06d.bin) in epoch order.</summary>
internal static partial class SnapshotCatalog
{
    public static IReadOnlyList<Snapshot> Find(string trainDir)
    {
        var folder = Path.Combine(trainDir, "snapshots");
        if (!Directory.Exists(folder))
            throw new StageInputException($"The train output '{trainDir}' has no snapshots/ folder. Rerun train.");
        var snapshots = new List<Snapshot>();
        foreach (var grid in Directory.EnumerateFiles(folder, "grid-*.bin"))
        {
            var match = GridName().Match(Path.GetFileName(grid));
            if (!match.Success) continue;
            var epoch = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var eval = Path.Combine(folder, $"eval-{match.Groups[1].Value}.bin");
            if (!File.Exists(eval))
                throw new StageInputException($"Snapshot {epoch} in '{folder}' has a grid but no '{Path.GetFileName(eval)}'. Rerun train.");
            snapshots.Add(new Snapshot(epoch, grid, eval));
        }
        if (snapshots.Count == 0)
            throw new StageInputException($"'{folder}' holds no grid-NNNNNN.bin snapshots. Rerun train.");
        snapshots.Sort((a, b) => a.Epoch.CompareTo(b.Epoch));
        return snapshots;
    }

    [GeneratedRegex(@"^grid-(\d{6,})\.bin$")]
    private static partial Regex GridName();
}
