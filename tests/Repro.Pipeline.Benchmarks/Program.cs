using Repro.Pipeline.Benchmarks;

// dotnet run -c Release --project tests/Repro.Pipeline.Benchmarks -- [--profile quick|ci] [--keep] [--skip-full-rerun] [--echo] [--parallel]
// Exit codes: 0 every expectation met, 1 an expectation not met, 2 usage or the solution not built in Release.
var options = Options.Parse(args);
if (options is null) return 2;
var repo = RepoRoot.Find();
if (repo is null)
{
    Console.Error.WriteLine("No Repro.sln above this program or the current folder.");
    return 2;
}
var missing = BuildCheck.Missing(repo);
if (missing.Count > 0)
{
    Console.Error.WriteLine($"Not built in Release (run `dotnet build Repro.sln -c Release` first); missing:\n  {string.Join("\n  ", missing)}");
    return 2;
}

MachineFacts.Print(options.Profile);
if (options.Parallel) return ParallelBenchmark.Run(repo, options);
Console.WriteLine("Timings are wall clock on a shared machine: other builds and runs make them noisy.");
using var workspace = BenchWorkspace.FromRepository(repo, options.Keep);
Console.WriteLine($"Workspace: {workspace.Root} (stage bin folders linked to {repo})");
var scenarios = new Scenarios(new ReproRunner(RepoRoot.Repro(repo), workspace.Root, options.Echo), options.Profile);
scenarios.RunAll(options.SkipFullRerun);

Console.WriteLine();
if (scenarios.Cold is { } cold)
{
    Console.WriteLine($"Cold full run, per stage instance ({cold.Seconds:F2} s wall):");
    TablePrinter.Instances(cold);
    Console.WriteLine();
}
TablePrinter.Scenarios(scenarios.Results);
Console.WriteLine($"Load average (1 min) at end: {MachineFacts.Load()}");
var failed = scenarios.Results.Where(r => !r.Met).Select(r => r.Name).ToList();
Console.WriteLine(failed.Count == 0 ? "Every expectation met." : $"Expectation NOT met: {string.Join(", ", failed)}");
return failed.Count == 0 ? 0 : 1;
