namespace Repro.Cli.Verbs;

[Description("Rerun every stage instance from scratch in a temporary area and compare its outs with the lock.")]
internal sealed class VerifyVerb : Command<VerifySettings>
{
    public override int Execute(CommandContext context, VerifySettings settings, CancellationToken cancellationToken)
    {
        var verdicts = VerifyCommand.Run(settings.Paths(), settings.Options(), new SpectreEngineConsole(), CliContext.Cancellation, settings.Bitwise);
        var weaker = verdicts.Where(v => v.Level != VerifyLevel.Bitwise).Select(v => v.Instance).ToList();
        Console.Out.WriteLine(weaker.Count == 0
            ? "Verified: every out matches pipeline.lock.json bit for bit."
            : $"Verified: {verdicts.Count - weaker.Count} instance(s) bit for bit; {weaker.Count} by metrics and structure, " +
              $"as their bits come from another numerics class or from upstream outs that differ ({string.Join(", ", weaker)}).");
        return ExitCode.Ok;
    }
}
