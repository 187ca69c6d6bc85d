using System.ComponentModel;
using System.Diagnostics;
using Repro.Gan.Model;
using Repro.Gan.Runtime;
using Repro.Gan.Training;
using Spectre.Console.Cli;

namespace Repro.Gan.Benchmarks;

/// <summary>The child: times the faithful training loop at one size in this process's environment.</summary>
internal sealed class MeasureCommand : Command<MeasureCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--size")][DefaultValue(64)] public int Size { get; init; }
        [CommandOption("--iterations")][DefaultValue(10)] public int Iterations { get; init; }
        [CommandOption("--threads")][DefaultValue(0)] public int Threads { get; init; }
        [CommandOption("--batch")][DefaultValue(32)] public int Batch { get; init; }
        [CommandOption("--torch-adam")] public bool TorchAdam { get; init; }
        [CommandOption("--plain-upsampling")] public bool PlainUpsampling { get; init; }
        [CommandOption("--numerics")][DefaultValue("native")] public string Numerics { get; init; } = "native";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        CpuNumerics.Apply(settings.Numerics);   // before the first tensor operation, as the train stage does
        var threads = TorchRuntime.ConfigureThreads(settings.Threads);
        manual_seed(1);
        using var images = rand(176, 1, settings.Size, settings.Size).mul_(2).sub_(1);   // the seed's 176 drawings
        var options = new TrainingOptions
        {
            LatentDim = 5, Epochs = settings.Iterations + 1, StepsPerEpoch = 1, BatchSize = settings.Batch, LrG = 2e-4, LrD = 1e-5,
            Beta1G = 0.5, Beta1D = 0.1, KerasLoss = true, RealLabelMin = 1, RealLabelMax = 1, FakeLabelMin = 0, FakeLabelMax = 0, Seed = 1,
            TorchAdam = settings.TorchAdam, PlainUpsampling = settings.PlainUpsampling,
        };
        using var trainer = new GanTrainer(Architecture.For(settings.Size, 5), options, images, CPU);
        trainer.Step();   // warm-up: first-touch allocations, optimizer state, kernel selection
        var times = new double[settings.Iterations];
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        long firstStepBytes = 0;
        for (var i = 0; i < settings.Iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            trainer.Step();
            times[i] = clock.Elapsed.TotalSeconds;
            process.Refresh();
            if (i == 0) firstStepBytes = process.WorkingSet64;   // memory must stay flat from here on
        }
        // The best iteration estimates the uncontended cost when other work shares the machine.
        // CPU time per iteration / threads estimates the idle-machine wall time when the machine is shared.
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds / settings.Iterations;
        Console.WriteLine(new Measurement(settings.Size, threads, times.Average(), times.Min(), cpu, process.PeakWorkingSet64,
            process.WorkingSet64 - firstStepBytes).ToLine());
        return 0;
    }
}
