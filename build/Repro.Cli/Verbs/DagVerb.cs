namespace Repro.Cli.Verbs;

[Description("Print the stage instance graph.")]
internal sealed class DagVerb : Command<CommonSettings>
{
    public override int Execute(CommandContext context, CommonSettings settings, CancellationToken cancellationToken)
    {
        Console.Out.Write(DagCommand.Render(settings.Paths(), settings.Options(), new SpectreEngineConsole()));
        return ExitCode.Ok;
    }
}
