using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Repro.Gan.Checkpoints;
using Repro.Gan.Training;

namespace Repro.Train.Resume;

/// <summary>The resume folder of one stage instance (context.ResumeDir): a pool of snapshot files and the
/// latest committed checkpoint `checkpoint-NNNNNN/` (trainer state, metrics so far, a manifest with the
/// SHA-256 of every file it relies on, snapshots included). A checkpoint is written under a temporary name
/// and renamed when complete, so a crash leaves either the old or the new one, never half of one.</summary>
internal sealed class ResumeArea(string root)
{
    private const string Prefix = "checkpoint-";
    private const string TempPrefix = ".tmp-";
    private const string MetricsFile = MetricsLogSchema.FileName;
    private const string ManifestFile = "manifest.json";

    public string SnapshotDir { get; } = Path.Combine(root, "snapshots");

    public void Commit(GanTrainer trainer, IReadOnlyList<string> metricsRows)
    {
        var name = Prefix + trainer.Iteration.ToString("D6", CultureInfo.InvariantCulture);
        var temp = Path.Combine(root, TempPrefix + name);
        if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        TrainerCheckpoint.Save(trainer, temp);
        File.WriteAllText(Path.Combine(temp, MetricsFile), string.Concat(metricsRows.Select(r => r + "\n")));
        var manifest = new ResumeManifest(trainer.Iteration, HashFolder(temp), HashFolder(SnapshotDir));
        CanonicalJson.Write(Path.Combine(temp, ManifestFile), JObject.FromObject(manifest), KeyOrder.AsWritten);
        var final = Path.Combine(root, name);
        if (Directory.Exists(final)) Directory.Delete(final, recursive: true);
        Directory.Move(temp, final);
        foreach (var older in Committed().Where(d => d != final)) Directory.Delete(older, recursive: true);
    }

    /// <summary>Restores the latest checkpoint into <paramref name="trainer"/> and returns the metrics rows up
    /// to it, or throws if it is damaged or does not fit (the caller discards it). Null when there is none.</summary>
    public List<string>? Restore(GanTrainer trainer)
    {
        foreach (var temp in Directory.Exists(root) ? Directory.GetDirectories(root, TempPrefix + "*") : [])
            Directory.Delete(temp, recursive: true);
        var latest = Committed().LastOrDefault();
        if (latest is null) return null;
        var manifest = JsonConvert.DeserializeObject<ResumeManifest>(File.ReadAllText(Path.Combine(latest, ManifestFile)))
            ?? throw new InvalidDataException("the manifest is empty");
        Verify(latest, manifest.Files);
        Verify(SnapshotDir, manifest.Snapshots);
        var rows = File.ReadAllLines(Path.Combine(latest, MetricsFile)).ToList();
        TrainerCheckpoint.Load(trainer, latest);
        if (trainer.Iteration != manifest.Iteration || rows.Count != manifest.Iteration)
            throw new InvalidDataException($"it claims iteration {manifest.Iteration} but holds {rows.Count} metrics rows");
        foreach (var file in Directory.GetFiles(SnapshotDir).Where(f => !manifest.Snapshots.ContainsKey(Path.GetFileName(f))))
            File.Delete(file);   // snapshots written after the checkpoint are regenerated identically
        return rows;
    }

    /// <summary>Forgets everything (after a checkpoint failed to load): training restarts from iteration 0.</summary>
    public void Discard()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(SnapshotDir);
    }

    private IEnumerable<string> Committed() =>
        Directory.Exists(root) ? Directory.GetDirectories(root, Prefix + "*").Order(StringComparer.Ordinal) : [];

    private static SortedDictionary<string, string> HashFolder(string dir)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(dir)) hashes[Path.GetFileName(file)] = Hash(file);
        return hashes;
    }

    private static void Verify(string dir, IReadOnlyDictionary<string, string> expected)
    {
        foreach (var (name, hash) in expected)
        {
            var path = Path.Combine(dir, name);
            if (!File.Exists(path)) throw new InvalidDataException($"'{name}' is missing");
            if (Hash(path) != hash) throw new InvalidDataException($"'{name}' is damaged (its hash differs from the manifest)");
        }
    }

    private static string Hash(string path) => ContentHash.OfFile(path);
}
