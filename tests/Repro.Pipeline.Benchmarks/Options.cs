namespace Repro.Pipeline.Benchmarks;

/// <summary>Command line: --profile P (default quick), --keep, --skip-full-rerun, --echo, --parallel (the
/// executors' benchmark instead of the incremental scenarios).</summary>
internal sealed record Options(string Profile, bool Keep, bool SkipFullRerun, bool Echo, bool Parallel = false)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/Repro.Pipeline.Benchmarks -- [--profile quick|ci|seed] [--keep] [--skip-full-rerun] [--echo] [--parallel]";

    /// <summary>Null (and a message on stderr) for an unknown argument.</summary>
    public static Options? Parse(string[] args)
    {
        var options = new Options("quick", false, false, false);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--profile" when i + 1 < args.Length: options = options with { Profile = args[++i] }; break;
                case "--keep": options = options with { Keep = true }; break;
                case "--skip-full-rerun": options = options with { SkipFullRerun = true }; break;
                case "--echo": options = options with { Echo = true }; break;
                case "--parallel": options = options with { Parallel = true }; break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'\n{Usage}");
                    return null;
            }
        }
        return options;
    }
}
