namespace Repro.Cli.Verbs;

[Description("Show the experiments table: the conditions that differ and the metrics the stages publish.")]
internal sealed class ExpShowVerb : Command<ExpShowSettings>
{
    public override int Execute(CommandContext context, ExpShowSettings settings, CancellationToken cancellationToken)
    {
        var table = ExpShowCommand.Build(settings.Paths(), settings.Options(), new SpectreEngineConsole());
        if (settings.Markdown) Console.Out.Write(table.ToMarkdown());
        else Tables.Experiments(table);
        return ExitCode.Ok;
    }
}
