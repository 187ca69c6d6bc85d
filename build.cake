// Repro's entry point. Cake builds the code; the engine (`repro`, build/Repro.Cli) owns the data graph,
// so no target here restates the pipeline's dependencies: a stage target asks `repro` for that stage and
// the engine plans its upstream itself.

///////////////////////////////////////////////////////////////////////////////
// ARGUMENTS
///////////////////////////////////////////////////////////////////////////////

var target = Argument("target", "Report");
var profile = Argument("profile", "");            // ci | quick | seed; empty: the engine picks (seed on CUDA, else quick)
var experiment = Argument("experiment", "");      // run one experiment only
var sets = Arguments<string>("set", new string[0]); // repeatable: --set train.latentDim=10 --set run3.train.iterations=500
var force = HasArgument("force");
var dryRun = HasArgument("dry-run");
var check = HasArgument("check");                 // Status: fail if anything would run (for CI)
var bitwise = HasArgument("bitwise");             // Verify: fail unless every instance compares bit for bit
var verbose = HasArgument("verbose");
var torch = Argument("torch", "cpu");             // TorchSharp backend: cpu | cuda-windows | cuda-linux
const string Configuration = "Release";
var rebuild = HasArgument("rebuild");
var repro = "build/Repro.Cli/bin/Release/net10.0/repro.dll";
const string BuildStamp = ".repro/build-stamp"; // written after a successful build: its content is the backend

///////////////////////////////////////////////////////////////////////////////
// TASKS
///////////////////////////////////////////////////////////////////////////////

Task("Build")
    .Description("Builds the whole solution (Release, deterministic) with the chosen TorchSharp backend; skipped when no source changed since the last build.")
    .Does(() =>
    {
        if (!rebuild && BuildIsCurrent())
        {
            Information("Build: up to date (no source newer than the last build; --rebuild forces one).");
            return;
        }
        DotNetBuild("Repro.sln", new DotNetBuildSettings
        {
            Configuration = Configuration,
            MSBuildSettings = new DotNetMSBuildSettings().WithProperty("TorchBackend", torch),
        });
        System.IO.Directory.CreateDirectory(".repro");
        System.IO.File.WriteAllText(BuildStamp, torch);
    });

Task("Test")
    .Description("Runs every test project, one project at a time: unit tests and the end-to-end pipeline tests on the ci profile.")
    .IsDependentOn("Build")
    .Does(() => DotNetTest("Repro.sln", new DotNetTestSettings
    {
        Configuration = Configuration,
        NoBuild = true,
        Loggers = new[] { "console;verbosity=normal" },
        // One project at a time: on 2 cores, the end-to-end trainings beside the engine's Slurm and server tests
        // starved their time limits; the end-to-end project is most of the time anyway.
        MSBuildSettings = new DotNetMSBuildSettings().SetMaxCpuCount(1),
    }));

Task("Status")
    .Description("Shows each stage instance: up to date, will run or may run, and why (--check: fail if any would run).")
    .IsDependentOn("Build")
    .Does(() => Repro("status", check ? "--check" : null));

Task("Verify")
    .Description("Reruns the pipeline from scratch in a temporary area and compares it with pipeline.lock.json: bit for bit where the numerics class matches, else by metrics (--bitwise: demand bits everywhere).")
    .IsDependentOn("Build")
    .Does(() => Repro("verify", bitwise ? "--bitwise" : null));

Task("Dag")
    .Description("Prints the stage instance graph.")
    .IsDependentOn("Build")
    .Does(() => Repro("dag"));

foreach (var stage in new[] { "Preprocess", "Augment", "Classifier", "Train", "Sample", "Best", "Report" })
{
    Task(stage)
        .Description($"Reproduces the {stage.ToLowerInvariant()} stage and whatever it depends on (cached where unchanged).")
        .IsDependentOn("Build")
        .Does(() => Repro(stage.ToLowerInvariant(), force ? "--force" : null, dryRun ? "--dry-run" : null));
}

Task("Gallery")
    .Description("Runs the quick profile and copies a grid, a progress GIF and a loss graph from its report into docs/gallery (the README shows them).")
    .IsDependentOn("Build")
    .Does(() =>
    {
        if (profile == "") profile = "quick";
        Repro("report");
        var assets = "outputs/report/assets";
        var gallery = "docs/gallery";
        EnsureDirectoryExists(gallery);
        CopyFile($"{assets}/run2/progress.gif", $"{gallery}/run2-progress.gif");
        CopyFile(GetFiles($"{assets}/run2/grids/*.png").OrderBy(f => f.FullPath).Last(), $"{gallery}/run2-final-grid.png");
        CopyFile($"{assets}/all/losses.png", $"{gallery}/losses.png");
        CopyFile($"{assets}/run3/closest-pairs.png", $"{gallery}/run3-closest-pairs.png");
    });

///////////////////////////////////////////////////////////////////////////////
// HELPERS
///////////////////////////////////////////////////////////////////////////////

// Like make: the solution is current when the stamp is newer than every source and build file, and the
// backend is the same. Saves the ~10 s MSBuild needs to find that 20 projects are up to date.
bool BuildIsCurrent()
{
    if (!System.IO.File.Exists(BuildStamp) || System.IO.File.ReadAllText(BuildStamp) != torch) return false;
    var stamp = System.IO.File.GetLastWriteTimeUtc(BuildStamp);
    var roots = new[] { "build", "stages", "tests", "data/Repro.DataGen" };
    var sources = roots.SelectMany(root => System.IO.Directory.EnumerateFiles(root, "*", System.IO.SearchOption.AllDirectories))
        .Where(path => !path.Split('/', '\\').Any(part => part is "bin" or "obj"))
        .Concat(new[] { "Repro.sln", "Directory.Build.props", "Directory.Packages.props", "global.json" });
    return sources.All(path => System.IO.File.GetLastWriteTimeUtc(path) <= stamp);
}

// Runs `repro VERB ...` with the shared options; a non-zero exit fails `dotnet cake` with the same code.
void Repro(string verb, params string[] extra)
{
    var args = new ProcessArgumentBuilder().Append(repro).Append(verb);
    if (profile != "") args.Append("--profile").Append(profile);
    if (experiment != "") args.Append("--experiment").Append(experiment);
    foreach (var set in sets) args.Append("--set").AppendQuoted(set);
    foreach (var option in extra.Where(option => option != null)) args.Append(option);
    if (verbose) args.Append("--verbose");
    var exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = args });
    if (exitCode != 0)
        throw new CakeException(exitCode, $"repro {verb} failed with exit code {exitCode}.");
}

///////////////////////////////////////////////////////////////////////////////
// EXECUTION
///////////////////////////////////////////////////////////////////////////////

RunTarget(target);
