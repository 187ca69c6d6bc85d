using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Repro.Gan.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Repro.Gan.Benchmarks;

/// <summary>The parent: re-launches itself per size, without and with GLIBC_TUNABLES=glibc.malloc.hugetlb=1
/// (a process cannot set it for itself), and prints the table.</summary>
internal sealed class TableCommand : Command<TableCommand.Settings>
{
    private const double PeakGflops = 532;   // this CPU's fp32 peak, measured with an FMA loop (NOTES-ML.md)
    private const string HugeTlb = "glibc.malloc.hugetlb=1";

    private static readonly Dictionary<int, (double Gflop, double PyTorch, double PyTorchHuge, double TorchSharp, double TorchSharpHuge, double Target)> References = new()
    {
        [64] = (46, 0.47, double.NaN, 0.36, 0.27, 0.22),
        [200] = (449, 4.3, 2.96, 4.3, 3.2, 2.5),
    };

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--sizes")][DefaultValue("64,200")][Description("image sizes, comma-separated")]
        public string Sizes { get; init; } = "64,200";
        [CommandOption("--iterations")][DefaultValue(0)][Description("timed iterations per size (0: 10 up to 64 px, 3 above)")]
        public int Iterations { get; init; }
        [CommandOption("--threads")][DefaultValue(0)][Description("torch threads (0 = every core)")]
        public int Threads { get; init; }
        [CommandOption("--batch")][DefaultValue(32)] public int Batch { get; init; }
        [CommandOption("--compare-adam")][Description("also time TorchSharp's own Adam instead of the fused one")]
        public bool CompareAdam { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var table = new Table().AddColumns("size", "Adam", "GLIBC_TUNABLES", "threads", "s/it mean", "s/it best", "CPU s/it / threads", "images/s",
            "GFLOP/it (Keras form)", "GFLOP/s", "% of peak", "peak memory", "reference s/it", "target");
        foreach (var size in settings.Sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
        {
            var iterations = settings.Iterations > 0 ? settings.Iterations : size <= 64 ? 10 : 3;
            var gflop = FlopCount.PerIteration(Architecture.For(size, 5), settings.Batch) / 1e9;
            foreach (var (torchAdam, huge) in Variants(settings.CompareAdam))
            {
                var m = RunChild(size, iterations, settings, huge, torchAdam);
                var rate = gflop / m.BestSeconds;
                References.TryGetValue(size, out var r);
                table.AddRow(size.ToString(CultureInfo.InvariantCulture), torchAdam ? "TorchSharp" : "fused", huge ? HugeTlb : "-", m.Threads.ToString(CultureInfo.InvariantCulture),
                    F(m.SecondsPerIteration, "F3"), F(m.BestSeconds, "F3"), F(m.CpuSeconds / m.Threads, "F3"), F(settings.Batch / m.BestSeconds, "F1"), F(gflop, "F0"), F(rate, "F0"),
                    F(100 * rate / PeakGflops, "F0") + "%", F(m.PeakBytes / 1e9, "F2") + " GB",
                    r.Gflop == 0 ? "-" : $"PyTorch {F(huge ? r.PyTorchHuge : r.PyTorch, "F2")}, TorchSharp {F(huge ? r.TorchSharpHuge : r.TorchSharp, "F2")}",
                    r.Gflop == 0 ? "-" : F(r.Target, "F2"));
            }
        }
        AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 200);
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine("images/s and GFLOP/s from the best iteration; images/s = G's batch / s; GFLOP of the Keras formulation (FlopCount.cs; the phase conv executes fewer, so GFLOP/s is effective); peak = 532 GFLOP/s fp32.");
        return 0;
    }

    private static IEnumerable<(bool TorchAdam, bool HugeTlb)> Variants(bool compareAdam) =>
        (compareAdam ? new[] { true, false } : [false]).SelectMany(torchAdam => new[] { (torchAdam, false), (torchAdam, true) });

    private static Measurement RunChild(int size, int iterations, Settings settings, bool hugeTlb, bool torchAdam)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, UseShellExecute = false,
            ArgumentList = { typeof(TableCommand).Assembly.Location, "measure", "--size", $"{size}", "--iterations", $"{iterations}",
                             "--threads", $"{settings.Threads}", "--batch", $"{settings.Batch}" },
        };
        if (torchAdam) start.ArgumentList.Add("--torch-adam");
        if (hugeTlb) start.Environment["GLIBC_TUNABLES"] = HugeTlb;
        else start.Environment.Remove("GLIBC_TUNABLES");
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return output.Split('\n').Select(Measurement.Parse).LastOrDefault(m => m is not null)
               ?? throw new InvalidOperationException($"the measuring child exited with {child.ExitCode}: {output}");
    }

    private static string F(double value, string format) =>
        double.IsNaN(value) ? "-" : value.ToString(format, CultureInfo.InvariantCulture);
}
