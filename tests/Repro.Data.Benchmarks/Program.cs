using System.Diagnostics;
using Repro.Data.Benchmarks;
using Repro.Preprocess;
using Repro.Preprocess.Params;
using Repro.Preprocess.Sources;
using Repro.Contract;
using Repro.StageHost;

// Preprocess throughput on generated folders. Usage: Repro.Data.Benchmarks [COUNT (default 10000)]
var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var repo = FindRepo();
var faces = Directory.GetFiles(Path.Combine(repo, "data", "raw"), "*.png").Order(StringComparer.Ordinal).ToList();
var root = Path.Combine(Path.GetTempPath(), "repro-data-bench-" + Environment.ProcessId);
try
{
    Console.WriteLine($"preprocess benchmark: {count} images, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
    var gray = Corpus.Build(root, "gray", count, [Corpus.GrayPng], faces);
    var mixed = Corpus.Build(root, "mixed", count, Corpus.Mixed, faces);
    Console.WriteLine($"{"corpus",-48} {"size",5} {"threads",7} {"seconds",8} {"images/s",9}");
    foreach (var size in new[] { 64, 200 })
        foreach (var threads in new[] { 1, Environment.ProcessorCount })
            Measure("gray PNG 200x200 (the embedded faces)", gray, size, threads);
    Measure("mixed: gray/16-bit/RGBA PNG, RGB JPEG 800x600", mixed, 64, Environment.ProcessorCount);
    MeasureWholeStage(gray, root);
}
finally
{
    Directory.Delete(root, recursive: true);
}

void Measure(string label, string folder, int size, int threads)
{
    var listing = SourceScanner.Scan(folder, recursive: false, "preprocess.source");
    var p = ParamsFor(folder, size);
    PreprocessStage.Process(listing.Candidates.Take(200).ToList(), p, CancellationToken.None, threads); // warm-up (JIT)
    var clock = Stopwatch.StartNew();
    var results = PreprocessStage.Process(listing.Candidates, p, CancellationToken.None, threads);
    clock.Stop();
    var bad = results.Count(r => r.Image is null);
    if (bad > 0) throw new InvalidOperationException($"{bad} benchmark images were not normalised");
    Console.WriteLine($"{label,-48} {size,5} {threads,7} {clock.Elapsed.TotalSeconds,8:F2} {results.Length / clock.Elapsed.TotalSeconds,9:F0}");
}

void MeasureWholeStage(string folder, string scratch)
{
    var outDir = Path.Combine(scratch, "out");
    Directory.CreateDirectory(outDir);
    var request = new StageRequest
    {
        Stage = "preprocess", OutDir = outDir, Params = RequestParams(folder, 64),
        Deps = new Dictionary<string, string>(StringComparer.Ordinal) { ["source"] = folder },
    };
    var clock = Stopwatch.StartNew();
    PreprocessStage.Run(new StageContext(request, CancellationToken.None));
    clock.Stop();
    Console.WriteLine($"{"whole stage (scan, hash, normalise, write, manifest)",-48} {64,5} {Environment.ProcessorCount,7} {clock.Elapsed.TotalSeconds,8:F2} {count / clock.Elapsed.TotalSeconds,9:F0}");
}

static PreprocessParams ParamsFor(string folder, int size) => new()
{
    Size = size, Source = folder, Recursive = false, Fit = FitMode.Pad, Background = 255,
    MinSize = 16, OnInvalid = InvalidPolicy.Fail, Denoise = 0, Threshold = 0,
};

static Dictionary<string, Newtonsoft.Json.Linq.JToken> RequestParams(string folder, int size) => new(StringComparer.Ordinal)
{
    ["image.size"] = size, ["preprocess.source"] = folder, ["preprocess.recursive"] = false, ["preprocess.fit"] = "pad",
    ["preprocess.background"] = 255, ["preprocess.minSize"] = 16, ["preprocess.onInvalid"] = "fail",
    ["preprocess.denoise"] = 0, ["preprocess.threshold"] = 0,
};

static string FindRepo()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Repro.sln"))) return dir.FullName;
    throw new InvalidOperationException("Run the benchmark from inside the repository (no Repro.sln found above it).");
}
