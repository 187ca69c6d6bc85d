namespace Repro.Cli.Verbs;

[Description("Delete from the local cache what no lock reaches (superseded results), keeping every profile's locked results.")]
internal sealed class GcVerb : Command<GcSettings>
{
    public override int Execute(CommandContext context, GcSettings settings, CancellationToken cancellationToken) =>
        Lines.Print(GcCommand.Run(settings.Paths(), new GcOptions(settings.DryRun, settings.AllCommits, TimeSpan.FromHours(settings.GraceHours),
            settings.Remote?.IsSet == true ? settings.Remote.Value ?? "" : null, settings.Delete, settings.AllProjects),
            new SpectreEngineConsole(), CliContext.Cancellation));
}
