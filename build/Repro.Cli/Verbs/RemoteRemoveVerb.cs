namespace Repro.Cli.Verbs;

[Description("Remove a remote from the configuration (its contents are not touched).")]
internal sealed class RemoteRemoveVerb : Command<RemoteNameSettings>
{
    public override int Execute(CommandContext context, RemoteNameSettings settings, CancellationToken cancellationToken) =>
        Lines.Print([RemoteCommand.Remove(settings.Paths(), settings.Name)]);
}
