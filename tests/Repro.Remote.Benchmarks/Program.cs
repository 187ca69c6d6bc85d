using System.Diagnostics;
using System.Globalization;
using Repro.Engine.Cache;
using Repro.Engine.Locking;
using Repro.Engine.Remotes;
using Repro.Engine.Reporting;
using Repro.Engine.Workspace;
using Repro.TestServers;

// dotnet run -c Release --project tests/Repro.Remote.Benchmarks [-- --profile quick]
// Reads the repository's own lock and cache (run `repro report --profile P` first); writes only to temp folders.
// Exit codes: 0 numbers printed and the no-op push under 1 s, 1 it was not, 2 usage or no cache for the profile.
var profile = args.Length == 2 && args[0] == "--profile" ? args[1] : "quick";
var root = FindRepo(AppContext.BaseDirectory) ?? FindRepo(Directory.GetCurrentDirectory());
if (root is null) return Fail("No Repro.sln above this program or the current folder.");
var paths = new WorkspacePaths(root);
var runs = new RunCache(paths.Runs);
var locked = LockFile.Load(paths.LockFile).Profile(profile).Values.Select(e => e.Key).Distinct().ToList();
var entries = locked.Select(runs.Find).OfType<RunCacheEntry>().ToList();
if (locked.Count == 0 || entries.Count < locked.Count)
    return Fail($"The local cache lacks {locked.Count - entries.Count} of profile {profile}'s {locked.Count} locked results: run `repro report --profile {profile}` first.");
var objects = new ObjectStore(paths.Objects);
var files = entries.SelectMany(e => e.Outs.Files.Values).DistinctBy(f => f.Hash).ToList();
var megabytes = files.Sum(f => f.Size) / 1e6;

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Cpu()}; profile {profile}: {entries.Count} run-cache entries, " +
                  $"{files.Count} objects, {megabytes:F1} MB");
var scratch = Directory.CreateTempSubdirectory("repro-remote-bench-").FullName;
var failed = false;
try
{
    var copy = Seconds(() => CopyWithCp(files.Select(f => objects.PathOf(f.Hash)), Path.Combine(scratch, "cp")));
    Console.WriteLine($"cp of the same {files.Count} files: {copy:F2} s ({megabytes / copy:F0} MB/s)");
    Console.WriteLine();
    Console.WriteLine("remote  | push s | MB/s  | objects/s | vs cp | no-op push s | pull s | MB/s  | objects/s | vs cp");
    Console.WriteLine("--------+--------+-------+-----------+-------+--------------+--------+-------+-----------+------");
    using var s3rver = ServerInstall.S3rver(Directory.CreateDirectory(Path.Combine(scratch, "s3rver")).FullName);
    using var azurite = ServerInstall.Azurite();
    Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", ServerInstall.S3Key);
    Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", ServerInstall.S3Key);
    Environment.SetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING", ServerInstall.AzuriteConnectionString(azurite.Port));
    var remotes = new[]
    {
        new RemoteDefinition("folder", Path.Combine(scratch, "folder-remote"), null),
        new RemoteDefinition("s3rver", "s3://bench/repro", $"http://127.0.0.1:{s3rver.Port}"),
        new RemoteDefinition("azurite", "azure://bench/repro", null),
    };
    ServerInstall.CreateS3Bucket(s3rver.Port, "bench");
    ServerInstall.CreateAzureContainer(azurite.Port, "bench");
    foreach (var remote in remotes)
    {
        using var store = RemoteStores.Open(remote, paths);
        var push = Seconds(() => new RemoteCache(store, paths, objects, runs, new SilentConsole()).Push(entries, [], CancellationToken.None));
        var noop = Seconds(() => new RemoteCache(store, paths, objects, runs, new SilentConsole()).Push(entries, [], CancellationToken.None));
        var clone = new WorkspacePaths(Directory.CreateDirectory(Path.Combine(scratch, "clone-" + remote.Name)).FullName);
        var pull = Seconds(() => new RemoteCache(store, clone, new ObjectStore(clone.Objects), new RunCache(clone.Runs), new SilentConsole())
            .Fetch(entries, CancellationToken.None));
        failed |= noop >= 1;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{remote.Name,-7} | {push,6:F2} | {megabytes / push,5:F0} | {files.Count / push,9:F0} | {push / copy,5:F1} | {noop,12:F2} | " +
            $"{pull,6:F2} | {megabytes / pull,5:F0} | {files.Count / pull,9:F0} | {pull / copy,5:F1}"));
    }
    Console.WriteLine();
    Console.WriteLine(failed ? "Expectation NOT met: a no-op push took 1 s or more." : "Every no-op push (everything present) took under 1 s.");
}
finally
{
    Directory.Delete(scratch, recursive: true);
}
return failed ? 1 : 0;

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}

static string? FindRepo(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Repro.sln"))) return dir.FullName;
    return null;
}

static double Seconds(Action action)
{
    var clock = Stopwatch.StartNew();
    action();
    return clock.Elapsed.TotalSeconds;
}

static void CopyWithCp(IEnumerable<string> sources, string target)
{
    Directory.CreateDirectory(target);
    var start = new ProcessStartInfo("xargs", $"-0 cp --parents -t {target}") { RedirectStandardInput = true };
    using var process = Process.Start(start)!;
    foreach (var source in sources) process.StandardInput.Write(source + "\0");
    process.StandardInput.Close();
    process.WaitForExit();
    if (process.ExitCode != 0) throw new InvalidOperationException($"cp exited {process.ExitCode}");
}

static string Cpu()
{
    var info = File.Exists("/proc/cpuinfo") ? File.ReadAllText("/proc/cpuinfo") : "";
    var model = info.Split('\n').FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
    return model + (info.Contains(" avx512f", StringComparison.Ordinal) ? ", AVX-512" : info.Contains(" avx2", StringComparison.Ordinal) ? ", AVX2" : "");
}
