namespace Repro.Cli.Verbs;

[Description("Print every condition of params.json as a Markdown table: default, allowed values, what a change reruns.")]
internal sealed class ParamsVerb : Command<CommonSettings>
{
    public override int Execute(CommandContext context, CommonSettings settings, CancellationToken cancellationToken)
    {
        Console.Out.Write(ParamReference.ToMarkdown(settings.Paths()));
        return ExitCode.Ok;
    }
}
