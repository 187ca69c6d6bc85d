namespace Repro.Cli.Verbs;

[Description("Show each stage instance: up to date, will run or may run, and why.")]
internal sealed class StatusVerb : Command<StatusSettings>
{
    public override int Execute(CommandContext context, StatusSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Remote?.IsSet == true)
            return Lines.Print(TransferCommand.Where(settings.Paths(), settings.Options(), new SpectreEngineConsole(), CliContext.Cancellation));
        var statuses = StatusCommand.Run(settings.Paths(), settings.Options(), settings.Check, new SpectreEngineConsole());
        if (settings.Json) Console.Out.Write(Tables.StatusJson(statuses));
        else Tables.Status(statuses);
        if (settings.Check) StatusCommand.Check(statuses);
        return ExitCode.Ok;
    }
}
