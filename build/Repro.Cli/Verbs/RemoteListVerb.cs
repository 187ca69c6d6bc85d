namespace Repro.Cli.Verbs;

[Description("List the remotes (name, URL, default, local).")]
internal sealed class RemoteListVerb : Command<CommonSettings>
{
    public override int Execute(CommandContext context, CommonSettings settings, CancellationToken cancellationToken) =>
        Lines.Print(RemoteCommand.List(settings.Paths()));
}
