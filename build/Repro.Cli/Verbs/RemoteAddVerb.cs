namespace Repro.Cli.Verbs;

[Description("Add a remote cache.")]
internal sealed class RemoteAddVerb : Command<RemoteAddSettings>
{
    public override int Execute(CommandContext context, RemoteAddSettings settings, CancellationToken cancellationToken) =>
        Lines.Print([RemoteCommand.Add(settings.Paths(), settings.Name, settings.Url, settings.Endpoint, settings.Default, settings.Local)]);
}
