namespace Repro.Cli.Verbs;

[Description("Fetch, then materialise into outputs/ what pipeline.lock.json records.")]
internal sealed class PullVerb : Command<TransferSettings>
{
    public override int Execute(CommandContext context, TransferSettings settings, CancellationToken cancellationToken) =>
        Lines.Print(TransferCommand.Fetch(settings.Paths(), settings.Options(), new SpectreEngineConsole(), CliContext.Cancellation, materialise: true));
}
