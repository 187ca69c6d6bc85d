using Repro.Cli;
using Repro.Cli.Verbs;

// The one top-level catch: ReproException -> its exit code and a short message; anything else is a bug (1).
// Stack traces only with --verbose.
var verbose = args.Contains("--verbose");
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // let the running stage (which got SIGINT too) stop cleanly, then exit 130
    cancellation.Cancel();
};
CliContext.Cancellation = cancellation.Token;
ConsoleSetup.Configure();

var app = new CommandApp<RunVerb>();
app.Configure(config =>
{
    config.SetApplicationName("repro");
    config.PropagateExceptions();
    config.UseStrictParsing(); // an unknown option is a usage error (exit 2), never silently ignored
    config.AddCommand<StatusVerb>("status").WithDescription("Show each stage instance: up to date, will run or may run, and why.");
    config.AddCommand<ExplainVerb>("explain").WithDescription("Name exactly which key fields of STAGE@EXP differ from pipeline.lock.json.")
        .WithExample("explain", "train@run1");
    config.AddCommand<VerifyVerb>("verify").WithDescription("Rerun every stage instance from scratch in a temporary area and compare with the lock.");
    config.AddCommand<DagVerb>("dag").WithDescription("Print the stage instance graph.");
    config.AddBranch("exp", exp =>
    {
        exp.SetDescription("Experiments: compare conditions and metrics.");
        exp.AddCommand<ExpShowVerb>("show").WithDescription("The experiments table: conditions that differ and key metrics.");
    });
    config.AddBranch("remote", remote =>
    {
        remote.SetDescription("Remote caches: a folder, azure://CONTAINER/PREFIX or s3://BUCKET/PREFIX.");
        remote.AddCommand<RemoteAddVerb>("add").WithExample("remote", "add", "team", "s3://ml-cache/repro", "--default");
        remote.AddCommand<RemoteListVerb>("list");
        remote.AddCommand<RemoteRemoveVerb>("remove");
    });
    config.AddCommand<PushVerb>("push").WithDescription("Upload the selected instances' results to a remote.");
    config.AddCommand<FetchVerb>("fetch").WithDescription("Download the locked results into the local cache.");
    config.AddCommand<PullVerb>("pull").WithDescription("Fetch and materialise what pipeline.lock.json records.");
    config.AddCommand<GcVerb>("gc").WithDescription("Delete superseded results from the local cache (--dry-run lists them).");
    config.AddCommand<GenerateVerb>("generate").WithExample("generate", "run1", "--count", "16", "--seed", "3");
    config.AddCommand<ParamsVerb>("params").WithDescription("Every condition: default, allowed values, what a change reruns.");
});

try
{
    return app.Run(args);
}
catch (ReproException e)
{
    AnsiConsole.Console.Profile.Out.Writer.Flush();
    Console.Error.WriteLine(verbose ? e.ToString() : e.Message);
    return e.ExitCode;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Cancelled.");
    return ExitCode.Cancelled;
}
catch (CommandAppException e)
{
    Console.Error.WriteLine(verbose ? e.ToString() : e.Message + " (see repro --help)");
    return ExitCode.BadInput;
}
catch (Exception e)
{
    Console.Error.WriteLine(verbose ? e.ToString() : $"Unexpected error (a bug in repro): {e.GetType().Name}: {e.Message}. Rerun with --verbose for the stack trace.");
    return ExitCode.Bug;
}
