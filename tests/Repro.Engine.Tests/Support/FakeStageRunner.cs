using Newtonsoft.Json.Linq;
using Repro.Engine.Resources;
using Repro.Contract;
using Repro.Engine.Execution;

namespace Repro.Engine.Tests.Support;

/// <summary>An in-process stand-in for a stage program behind the engine's executor seam: it reads the request
/// the engine wrote and writes each declared out of the test pipeline from the request's params and deps, so a
/// result is a pure function of the key. No process starts; every launch is recorded.</summary>
internal sealed class FakeStageRunner : IStageRunner
{
    private static readonly Dictionary<string, string[]> Outs = new(StringComparer.Ordinal)
    {
        ["prep"] = ["files", "manifest.txt"],
        ["aug"] = ["data.txt"],
        ["fit"] = ["model.txt", "snapshots", "metrics.json"],
        ["report"] = ["summary.md"],
    };

    private readonly List<string> _launches = [];
    private int _running;

    public List<string> Launches
    {
        get { lock (_launches) return _launches.ToList(); }
    }

    public void ClearLaunches()
    {
        lock (_launches) _launches.Clear();
    }

    /// <summary>The cores and GPU devices the scheduler may hand out (this machine's by default).</summary>
    public ExecutorCapacity Capacity { get; set; } = ExecutorCapacity.ThisMachine;

    /// <summary>Each launch's CUDA_VISIBLE_DEVICES ("" when unset), by instance.</summary>
    public Dictionary<string, string> Devices
    {
        get { lock (_launches) return new Dictionary<string, string>(_devices); }
    }

    private readonly Dictionary<string, string> _devices = [];

    /// <summary>The most stage runs that were in flight at once.</summary>
    public int MaxConcurrent { get; private set; }

    /// <summary>How long each run takes (to overlap parallel runs).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>These instances wait, up to <see cref="TogetherTimeout"/>, until all of them are in flight at once:
    /// a test that expects them to overlap then does not depend on how soon a loaded machine starts the second
    /// (a fixed delay did), and one whose scheduler keeps them apart still sees them run one at a time.</summary>
    public IReadOnlyCollection<string> Together { get; set; } = [];

    public static TimeSpan TogetherTimeout { get; } = TimeSpan.FromSeconds(20);

    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);

    /// <summary>This instance exits 4 (a failing stage); the others run.</summary>
    public string? FailInstance { get; set; }

    /// <summary>Writes this extra file into the staging folder, to test the declared-outs check.</summary>
    public string? Undeclared { get; set; }

    /// <summary>Extra files fit writes into its snapshots folder (content from the key's inputs), to make
    /// transfers long enough to interrupt.</summary>
    public int SnapshotFiles { get; set; }

    public int SnapshotBytes { get; set; } = 1 << 20;

    /// <summary>Exit with this code instead (a failing stage).</summary>
    public int? ExitCode { get; set; }

    public StageExit Run(StageLaunch launch, CancellationToken cancellation)
    {
        lock (_launches)
        {
            _launches.Add(launch.Instance);
            _devices[launch.Instance] = launch.Env.GetValueOrDefault("CUDA_VISIBLE_DEVICES", "");
            MaxConcurrent = Math.Max(MaxConcurrent, ++_running);
            _inFlight.Add(launch.Instance);
            Monitor.PulseAll(_launches);
            var deadline = DateTime.UtcNow + TogetherTimeout;
            while (Together.Contains(launch.Instance) && !Together.All(_inFlight.Contains) && DateTime.UtcNow < deadline)
                Monitor.Wait(_launches, TimeSpan.FromMilliseconds(100));
        }
        try
        {
            Thread.Sleep(Delay);
            return Write(launch);
        }
        finally
        {
            lock (_launches)
            {
                _running--;
                _inFlight.Remove(launch.Instance);
            }
        }
    }

    private StageExit Write(StageLaunch launch)
    {
        if (ExitCode is { } code) return new StageExit(code, [$"{launch.Instance} failed on purpose"]);
        if (launch.Instance == FailInstance) return new StageExit(4, [$"{launch.Instance} failed on purpose"]);
        var request = StageRequest.Load(launch.RequestFile);
        var content = CanonicalJson.Serialize(new JObject
        {
            ["params"] = JObject.FromObject(request.Params),
            ["deps"] = new JArray(request.Deps.Values.Concat(request.DepsByExperiment.Values.SelectMany(d => d.Values)).Order(StringComparer.Ordinal)
                .Select(Describe)),
        });
        foreach (var name in Outs[request.Stage])
        {
            var path = Path.Combine(request.OutDir, name);
            if (name == "metrics.json") File.WriteAllText(path, """{ "score": 1.0 }""");
            else if (name.Contains('.', StringComparison.Ordinal)) File.WriteAllText(path, content);
            else File.WriteAllText(Path.Combine(Directory.CreateDirectory(path).FullName, "part.txt"), content);
        }
        if (request.Stage == "fit")
        {
            var seed = BitConverter.ToInt32(System.Text.Encoding.UTF8.GetBytes(ContentHash.OfText(content)), 0);
            for (var i = 0; i < SnapshotFiles; i++)
            {
                var bytes = new byte[SnapshotBytes];
                new Random(seed + i).NextBytes(bytes);
                File.WriteAllBytes(Path.Combine(request.OutDir, "snapshots", $"s{i:D3}.bin"), bytes);
            }
        }
        if (Undeclared is not null) File.WriteAllText(Path.Combine(request.OutDir, Undeclared), "x");
        return new StageExit(0, []);
    }

    /// <summary>A dep by its content (its files' hashes), never by its path, as a real stage would read it.</summary>
    private static string Describe(string path) => File.Exists(path) ? ContentHash.OfFile(path)
        : string.Join(",", Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(ContentHash.OfFile));
}
