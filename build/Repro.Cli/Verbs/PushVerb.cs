namespace Repro.Cli.Verbs;

[Description("Upload the selected instances' cached results (objects, then run-cache entries) to a remote.")]
internal sealed class PushVerb : Command<TransferSettings>
{
    public override int Execute(CommandContext context, TransferSettings settings, CancellationToken cancellationToken) =>
        Lines.Print(TransferCommand.Push(settings.Paths(), settings.Options(), new SpectreEngineConsole(), CliContext.Cancellation));
}
