namespace Repro.Cli.Verbs;

[Description("Draw images from a trained experiment's generator (PNGs and a grid; optionally an interpolation strip).")]
internal sealed class GenerateVerb : Command<GenerateSettings>
{
    public override int Execute(CommandContext context, GenerateSettings settings, CancellationToken cancellationToken)
    {
        GenerateCommand.Run(settings.Paths(), settings.Options(), settings.Generate(), new SpectreEngineConsole(), CliContext.Cancellation);
        return ExitCode.Ok;
    }
}
