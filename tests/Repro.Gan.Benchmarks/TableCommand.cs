using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Repro.Gan.Model;
using Repro.Gan.Runtime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Repro.Gan.Benchmarks;

/// <summary>The parent: measures this machine's fp32 peak, then re-launches itself once per size, model form
/// and numerics (the numerics must be pinned before LibTorch's first operation, and GLIBC_TUNABLES can only
/// be set by whoever starts a process: the engine sets glibc.malloc.hugetlb=1 for train, so do the children),
/// and prints s/step, the ratios measured in this same run and the share of the measured peak.</summary>
internal sealed class TableCommand : Command<TableCommand.Settings>
{
    private const string HugeTlb = "glibc.malloc.hugetlb=1";

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--sizes")][DefaultValue("64,200")][Description("image sizes, comma-separated")]
        public string Sizes { get; init; } = "64,200";
        [CommandOption("--iterations")][DefaultValue(0)][Description("timed D/G steps per variant (0: 10 up to 64 px, 3 above)")]
        public int Iterations { get; init; }
        [CommandOption("--threads")][DefaultValue(2)][Description("torch threads (0 = every core)")]
        public int Threads { get; init; } = 2;
        [CommandOption("--batch")][DefaultValue(32)] public int Batch { get; init; }
        [CommandOption("--numerics")][DefaultValue("native,portable")][Description("train.numerics modes to measure, comma-separated")]
        public string Numerics { get; init; } = "native,portable";
        [CommandOption("--no-reference")][Description("skip the obvious-TorchSharp reference (upsample + 5x5 conv, TorchSharp's Adam)")]
        public bool NoReference { get; init; }
    }

    private sealed record Row(int Size, string Form, string Numerics, Measurement M);

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var threads = settings.Threads > 0 ? settings.Threads : Environment.ProcessorCount;
        var (peak, peakKind) = PeakFlops.Measure(threads);
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU: {CpuName()}; measured fp32 peak {peak:F0} GFLOP/s ({peakKind}, {threads} thread(s))."));
        var rows = new List<Row>();
        foreach (var size in settings.Sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
        {
            var iterations = settings.Iterations > 0 ? settings.Iterations : size <= 64 ? 10 : 3;
            foreach (var numerics in settings.Numerics.Split(','))
                foreach (var reference in settings.NoReference ? [false] : new[] { false, true })
                    rows.Add(new Row(size, reference ? "reference" : "repro", numerics, RunChild(size, iterations, threads, settings.Batch, numerics, reference)));
        }
        AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 200);
        AnsiConsole.Write(Render(rows, peak, settings.Batch));
        AnsiConsole.WriteLine("repro = phase convs + fused Adam (what train runs); reference = the obvious TorchSharp model (nearest upsample + 5x5 conv, TorchSharp's Adam).");
        AnsiConsole.WriteLine("s/step from the best step (the machine may be shared); GFLOP of the Keras formulation (FlopCount.cs; the phase convs execute fewer, so GFLOP/s is effective).");
        AnsiConsole.WriteLine("vs reference = reference s/step / this s/step, same numerics; vs native = this s/step / native s/step, same form: both measured in this run.");
        return 0;
    }

    private static Table Render(List<Row> rows, double peak, int batch)
    {
        var table = new Table().AddColumns("size", "form", "numerics", "threads", "s/step mean", "s/step best", "GFLOP/step", "GFLOP/s",
            "% of measured peak", "vs reference", "vs native", "peak memory", "growth after step 1");
        foreach (var row in rows)
        {
            var gflop = FlopCount.PerIteration(Architecture.For(row.Size, 5), batch) / 1e9;
            var rate = gflop / row.M.BestSeconds;
            var reference = rows.FirstOrDefault(r => r.Size == row.Size && r.Numerics == row.Numerics && r.Form == "reference");
            var native = rows.FirstOrDefault(r => r.Size == row.Size && r.Form == row.Form && r.Numerics == CpuNumerics.Native);
            table.AddRow(row.Size.ToString(CultureInfo.InvariantCulture), row.Form, row.Numerics, row.M.Threads.ToString(CultureInfo.InvariantCulture),
                F(row.M.SecondsPerIteration, "F3"), F(row.M.BestSeconds, "F3"), F(gflop, "F0"), F(rate, "F0"), F(100 * rate / peak, "F0") + "%",
                row.Form == "repro" && reference is not null ? F(reference.M.BestSeconds / row.M.BestSeconds, "F2") + "x" : "-",
                native is not null && native != row ? F(row.M.BestSeconds / native.M.BestSeconds, "F2") + "x" : "-",
                F(row.M.PeakBytes / 1e9, "F2") + " GB", F(row.M.GrowthBytes / 1e6, "F0") + " MB");
        }
        return table;
    }

    private static Measurement RunChild(int size, int iterations, int threads, int batch, string numerics, bool reference)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, UseShellExecute = false,
            ArgumentList = { typeof(TableCommand).Assembly.Location, "measure", "--size", $"{size}", "--iterations", $"{iterations}",
                             "--threads", $"{threads}", "--batch", $"{batch}", "--numerics", numerics },
        };
        if (reference)
        {
            start.ArgumentList.Add("--torch-adam");
            start.ArgumentList.Add("--plain-upsampling");
        }
        start.Environment["GLIBC_TUNABLES"] = HugeTlb;
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return output.Split('\n').Select(Measurement.Parse).LastOrDefault(m => m is not null)
               ?? throw new InvalidOperationException($"the measuring child exited with {child.ExitCode}: {output}");
    }

    private static string CpuName()
    {
        var line = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() ?? Environment.GetEnvironmentVariable("PROCESSOR_IDENTIFIER") ?? "unknown";
    }

    private static string F(double value, string format) =>
        double.IsNaN(value) ? "-" : value.ToString(format, CultureInfo.InvariantCulture);
}
