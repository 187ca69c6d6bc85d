namespace Repro.Cli.Verbs;

[Description("Download the locked results of the selected instances into the local cache, without materialising them.")]
internal sealed class FetchVerb : Command<TransferSettings>
{
    public override int Execute(CommandContext context, TransferSettings settings, CancellationToken cancellationToken) =>
        Lines.Print(TransferCommand.Fetch(settings.Paths(), settings.Options(), new SpectreEngineConsole(), CliContext.Cancellation, materialise: false));
}
