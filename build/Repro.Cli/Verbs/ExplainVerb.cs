namespace Repro.Cli.Verbs;

[Description("Name exactly which key fields of STAGE@EXP differ from pipeline.lock.json.")]
internal sealed class ExplainVerb : Command<ExplainSettings>
{
    public override int Execute(CommandContext context, ExplainSettings settings, CancellationToken cancellationToken)
    {
        var lines = ExplainCommand.Run(settings.Paths(), settings.Options(), settings.Instance, new SpectreEngineConsole());
        foreach (var line in lines) Console.Out.WriteLine(line);
        return ExitCode.Ok;
    }
}
