namespace Repro.Cli.Rendering;

/// <summary>Plain result lines on stdout (the verbs whose answer is a few sentences).</summary>
internal static class Lines
{
    public static int Print(IEnumerable<string> lines)
    {
        foreach (var line in lines) Console.Out.WriteLine(line);
        return ExitCode.Ok;
    }
}
