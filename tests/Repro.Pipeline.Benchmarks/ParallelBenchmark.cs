using System.Globalization;
using System.Text.RegularExpressions;
using Repro.TestServers;

namespace Repro.Pipeline.Benchmarks;

/// <summary>--parallel: the profile cold (a fresh workspace each time) with --jobs 1 and 3 locally and with 3 on a
/// single-node Slurm cluster started on this host, at the profile's train.threads and at train.threads=1 (where
/// two trainings fit two cores at once). Prints wall time, the ratio to local --jobs 1 at the same threads, the
/// share of the cores kept busy (machine-wide, from /proc/stat), and per Slurm job the median seconds from
/// submission to the stage's start (sbatch, scheduling, launch; with --jobs 3 also waiting for a free core)
/// and from its end until repro noticed it. Fails when a run's lock differs from local --jobs 1's.</summary>
internal static partial class ParallelBenchmark
{
    public static int Run(string repo, Options options)
    {
        using var cluster = SlurmCluster.Start();
        Console.WriteLine($"Slurm: a single-node cluster on this host ({cluster.Cpus} CPUs), started for the benchmark.");
        Console.WriteLine();
        Console.WriteLine("threads    | executor | jobs | wall s | vs jobs 1 | cores busy | per Slurm job, median s          | ran | lock as jobs 1");
        Console.WriteLine("-----------+----------+------+--------+-----------+------------+----------------------------------+-----+---------------");
        var failed = false;
        foreach (var threads in new[] { "profile's", "1" })
        {
            double? serial = null;
            string? serialLock = null;
            foreach (var (executor, jobs) in new[] { ("local", 1), ("local", 3), ("slurm", 1), ("slurm", 3) })
            {
                using var workspace = BenchWorkspace.FromRepository(repo, options.Keep);
                var runner = new ReproRunner(RepoRoot.Repro(repo), workspace.Root, options.Echo, cluster.Environment);
                List<string> args = ["report", "--profile", options.Profile, "--jobs", jobs.ToString(CultureInfo.InvariantCulture)];
                if (executor == "slurm") args.AddRange(["--executor", "slurm"]);
                if (threads == "1") args.AddRange(["--set", "train.threads=1"]);
                var before = CpuTicks.Read();
                var result = runner.Run([.. args]);
                var busy = CpuTicks.Read().BusyShareSince(before);
                if (result.ExitCode != 0)
                {
                    Console.WriteLine($"repro {string.Join(' ', args)} failed with exit code {result.ExitCode}:\n{result.ErrorTail()}");
                    return 1;
                }
                var lockText = File.ReadAllText(Path.Combine(workspace.Root, "pipeline.lock.json"));
                serial ??= result.Seconds;
                serialLock ??= lockText;
                var sameLock = lockText == serialLock;
                failed |= !sameLock;
                var jobsSeen = JobLine().Matches(result.Output + result.Error)
                    .Select(m => (Start: Number(m.Groups[1].Value), Notice: Number(m.Groups[2].Value))).ToList();
                var overhead = jobsSeen.Count == 0 ? "-"
                    : string.Create(CultureInfo.InvariantCulture, $"{Median(jobsSeen.Select(j => j.Start)):F2} to start, {Median(jobsSeen.Select(j => j.Notice)):F2} to notice");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{threads,-10} | {executor,-8} | {jobs,4} | {result.Seconds,6:F1} | {result.Seconds / serial,8:F2}x | {busy,9:P0} | {overhead,-32} | {result.With("ran").Count,3} | {(sameLock ? "same" : "DIFFERENT")}"));
            }
        }
        Console.WriteLine();
        Console.WriteLine(failed ? "Expectation NOT met: a run's lock differs from the --jobs 1 run's at the same threads." : "Every run's lock equals the --jobs 1 run's at the same threads.");
        return failed ? 1 : 0;
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    [GeneratedRegex(@"Slurm job \d+ ended with exit code \d+: [\d.]+ s in the stage, ([\d.]+) s from submission to start, ([\d.]+) s until its end was noticed")]
    private static partial Regex JobLine();

    /// <summary>The machine's CPU time so far, from /proc/stat's first line (all cores, in clock ticks).</summary>
    private sealed record CpuTicks(long Busy, long Total)
    {
        public static CpuTicks Read()
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            var idle = fields[3] + fields[4];   // idle + iowait
            var total = fields.Take(8).Sum();    // user nice system idle iowait irq softirq steal
            return new CpuTicks(total - idle, total);
        }

        public double BusyShareSince(CpuTicks start) => (double)(Busy - start.Busy) / Math.Max(1, Total - start.Total);
    }
}
