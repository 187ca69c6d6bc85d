using System.Globalization;

namespace Repro.Cli.Settings;

/// <summary>`repro generate EXP [--snapshot final] [--count K] [--seed S] [--truncation T] [--columns C] [--out DIR]
/// [--interpolate A,B --steps N] [--remote R | --offline]`.</summary>
internal sealed class GenerateSettings : CommonSettings
{
    [CommandArgument(0, "<EXP>")]
    [Description("The experiment whose trained generator draws the images (run1, ...).")]
    public string Exp { get; init; } = "";

    [CommandOption("--snapshot <WHICH>")]
    [Description("final or best (the two generators kept; final also by its epoch number). Default: final.")]
    [DefaultValue("final")]
    public string Snapshot { get; init; } = "final";

    [CommandOption("-n|--count <K>")]
    [Description("How many images (1 to 10000). Default: 25.")]
    [DefaultValue(25)]
    public int Count { get; init; } = 25;

    [CommandOption("--seed <S>")]
    [Description("Seed of the latent vectors: the same seed gives the same images. Default: 0.")]
    [DefaultValue(0)]
    public int Seed { get; init; }

    [CommandOption("--truncation <T>")]
    [Description("Redraw latent components beyond +-T (the truncation trick: more typical, less varied images).")]
    public double? Truncation { get; init; }

    [CommandOption("--columns <C>")]
    [Description("Columns of grid.png (default: a near-square grid).")]
    public int? Columns { get; init; }

    [CommandOption("-o|--out <DIR>")]
    [Description("Output folder, replaced as a whole (default: outputs/generated/EXP/seed-S).")]
    public string? Out { get; init; }

    [CommandOption("--interpolate <A,B>")]
    [Description("Also write interpolation-A-B.png: --steps images on the great circle from sample A to sample B (1-based).")]
    public string? Interpolate { get; init; }

    [CommandOption("--steps <N>")]
    [Description("Images in the interpolation strip, both ends included (2 to 1000). Default: 8.")]
    [DefaultValue(8)]
    public int Steps { get; init; } = 8;

    [CommandOption("-r|--remote <NAME>")]
    [Description("Fetch the trained result from this remote when the local cache lacks it (default: the default remote).")]
    public string? Remote { get; init; }

    [CommandOption("--offline")]
    [Description("Never consult a remote.")]
    public bool Offline { get; init; }

    public override RunOptions Options() => base.Options() with { Remote = Remote, Offline = Offline };

    public GenerateOptions Generate() => new()
    {
        Experiment = Exp, Snapshot = Snapshot, Count = Count, Seed = Seed, Truncation = Truncation, Columns = Columns, OutDir = Out,
        Interpolate = Pair(Interpolate), Steps = Steps,
    };

    public override ValidationResult Validate()
    {
        if (Count is < 1 or > 10000) return ValidationResult.Error($"--count must be 1 to 10000, not {Count}");
        if (Seed < 0) return ValidationResult.Error($"--seed must be 0 or more, not {Seed}");
        if (Truncation is <= 0) return ValidationResult.Error($"--truncation must be above 0, not {Truncation}");
        if (Columns is < 1) return ValidationResult.Error($"--columns must be 1 or more, not {Columns}");
        if (Steps is < 2 or > 1000) return ValidationResult.Error($"--steps must be 2 to 1000, not {Steps}");
        if (Interpolate is not null && Pair(Interpolate) is not { } pair)
            return ValidationResult.Error($"--interpolate must be two sample numbers like 3,7, not '{Interpolate}'");
        if (Pair(Interpolate) is { } p && (p.From > Count || p.To > Count))
            return ValidationResult.Error($"--interpolate {Interpolate}: samples are numbered 1 to {Count} (the --count)");
        if (Snapshot is not ("final" or "best") && !int.TryParse(Snapshot, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return ValidationResult.Error($"--snapshot must be final, best or the epoch of one of them, not '{Snapshot}' (the final and the best generators are kept)");
        return ValidationResult.Success();
    }

    private static (int From, int To)? Pair(string? text)
    {
        var parts = text?.Split(',', StringSplitOptions.TrimEntries);
        return parts is [var a, var b] && int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var from) && from >= 1
               && int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var to) && to >= 1 ? (from, to) : null;
    }
}
