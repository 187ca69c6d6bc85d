namespace Repro.Cli.Settings;

/// <summary>Options every verb accepts.</summary>
internal class CommonSettings : CommandSettings
{
    [CommandOption("--workspace <DIR>")]
    [Description("The workspace (default: the current directory, or the nearest parent holding params.json).")]
    public string? Workspace { get; init; }

    [CommandOption("-p|--profile <PROFILE>")]
    [Description("The profile of params.json (default: its defaultProfile, chosen by whether CUDA is usable).")]
    public string? Profile { get; init; }

    [CommandOption("-e|--experiment <EXPERIMENT>")]
    [Description("Only this experiment's instances (a once stage then covers just this experiment).")]
    public string? Experiment { get; init; }

    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override a param: section.key=value (all experiments) or EXP.section.key=value. Repeatable.")]
    public string[] Sets { get; init; } = [];

    [CommandOption("--verbose")]
    [Description("Show stack traces for errors; stages get REPRO_VERBOSE=1.")]
    public bool Verbose { get; init; }

    public WorkspacePaths Paths() => WorkspacePaths.Locate(Workspace ?? Directory.GetCurrentDirectory());

    public virtual RunOptions Options() => new()
    {
        Profile = Profile,
        Experiment = Experiment,
        Sets = Sets,
        Verbose = Verbose,
    };
}
