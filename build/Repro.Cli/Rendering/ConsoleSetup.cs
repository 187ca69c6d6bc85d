namespace Repro.Cli.Rendering;

/// <summary>When output is not a terminal Spectre hard-wraps at 80 columns: give it a wide profile so
/// redirected output stays one unwrapped line per row.</summary>
internal static class ConsoleSetup
{
    public static void Configure()
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
            AnsiConsole.Profile.Width = 240;
    }
}
