using System.Globalization;
using Repro.Engine.Benchmarks;
using Repro.Engine.Execution;
using Repro.Engine.Hashing;
using Repro.Engine.Inspection;
using Repro.Engine.Reporting;
using Repro.Engine.Workspace;

// dotnet run -c Release --project tests/Repro.Engine.Benchmarks [-- --keep]
//     --hash DIR: only hash DIR/data twice in this fresh process (JIT cold, then warm) and print MB/s
if (args.Length == 2 && args[0] == "--hash")
{
    foreach (var pass in new[] { "cold JIT", "warm JIT" })
    {
        var fresh = new TreeHasher(new StatCache(null), new SilentConsole());
        var seconds = Measure.Seconds(() => fresh.Hash(Path.Combine(args[1], "data")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pass}: {fresh.BytesRead / 1e6 / seconds:F0} MB/s ({seconds:F2} s)"));
    }
    return;
}
var root = Directory.CreateTempSubdirectory("repro-bench-").FullName;
var rows = new List<(string What, string Value, string Note)>();
try
{
    Console.WriteLine($"Generating {BenchWorkspace.SmallFiles} small files and a 1 GiB file in {root} ...");
    BenchWorkspace.Create(root);
    var files = Directory.GetFiles(Path.Combine(root, "data"), "*", SearchOption.AllDirectories);
    var megabytes = files.Sum(f => new FileInfo(f).Length) / 1e6;

    var read = Measure.Seconds(() => Measure.ReadAll(files));
    var hasher = new TreeHasher(new StatCache(null), new SilentConsole());
    var hash = Measure.Seconds(() => { hasher.Hash(Path.Combine(root, "data", "small")); hasher.Hash(Path.Combine(root, "data", "big.bin")); });
    var sha = Measure.Command(root, "sh", "-c", "find data -type f -print0 | xargs -0 sha256sum > /dev/null");
    rows.Add(("data", $"{megabytes:F0} MB", $"{files.Length} files, page cache warm"));
    rows.Add(("read only (C#, 1 MiB buffer)", $"{megabytes / read:F0} MB/s", $"{read:F2} s"));
    rows.Add(("first hash, xxh128 (engine)", $"{megabytes / hash:F0} MB/s", $"{read / hash:P0} of read speed, {hash:F2} s"));
    rows.Add(("sha256sum", $"{megabytes / sha:F0} MB/s", $"{sha:F2} s; xxh128 is {sha / hash:F1}x faster"));

    var paths = new WorkspacePaths(root);
    var options = new RunOptions { Profile = "bench" };
    var first = Measure.Seconds(() => PipelineRunner.Run(paths, options, new SilentConsole(), default));
    rows.Add(("first repro run (cold stat cache)", $"{first:F2} s", "hash all deps + 5 stage processes"));
    var status = Measure.Median(5, () => StatusCommand.Run(paths, options, check: false, new SilentConsole()));
    rows.Add(("status, warm stat cache (in-process)", $"{status:F3} s", $"target < 0.5 s: {(status < 0.5 ? "met" : "MISSED")}"));
    var check = Measure.Median(5, () => StatusCommand.Run(paths, options, check: true, new SilentConsole()));
    rows.Add(("status --check (in-process)", $"{check:F3} s", ""));
    var noop = Measure.Median(5, () => PipelineRunner.Run(paths, options, new SilentConsole(), default));
    rows.Add(("no-op run (in-process)", $"{noop:F3} s", "all 5 cached"));
    var repro = Path.Combine(AppContext.BaseDirectory, "repro.dll");
    var cliStatus = Measure.Median(3, () => Measure.Command(root, "dotnet", repro, "status", "--profile", "bench"));
    rows.Add(("`repro status` (process)", $"{cliStatus:F3} s", "includes .NET start-up"));
    var cliRun = Measure.Median(3, () => Measure.Command(root, "dotnet", repro, "--profile", "bench"));
    rows.Add(("`repro` no-op run (process)", $"{cliRun:F3} s", "includes .NET start-up"));
    File.Delete(paths.StatCache);
    var cold = Measure.Seconds(() => StatusCommand.Run(paths, options, check: false, new SilentConsole()));
    rows.Add(("status, cold stat cache (in-process)", $"{cold:F2} s", "rehash everything once"));
}
finally
{
    if (!args.Contains("--keep")) Directory.Delete(root, recursive: true);
}

var width = rows.Max(r => r.What.Length);
Console.WriteLine($"\n{"measure".PadRight(width)}  {"value",12}  note");
Console.WriteLine(new string('-', width + 40));
foreach (var (what, value, note) in rows)
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what.PadRight(width)}  {value,12}  {note}"));
