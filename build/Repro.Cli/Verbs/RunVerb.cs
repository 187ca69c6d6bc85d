namespace Repro.Cli.Verbs;

[Description("Reproduce the pipeline (or TARGET and its upstream): run what changed, restore what the cache knows.")]
internal sealed class RunVerb : Command<RunSettings>
{
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var console = new SpectreEngineConsole();
        var options = settings.Options();
        if (settings.DryRun)
        {
            // The same planner as the run: what this table says is what `repro` without --dry-run does.
            var plan = StatusCommand.Run(settings.Paths(), options, check: false, console, withRemote: true);
            AnsiConsole.WriteLine("Dry run: nothing is run. The plan:");
            Tables.Status(plan, withAction: true);
            return ExitCode.Ok;
        }
        PipelineRunner.Run(settings.Paths(), options, console, CliContext.Cancellation);
        return ExitCode.Ok;
    }
}
