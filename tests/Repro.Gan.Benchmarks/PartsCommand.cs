using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Repro.Gan.Model;
using Repro.Gan.Runtime;
using Repro.Gan.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Repro.Gan.Benchmarks;

/// <summary>What each optimisation buys, part by part, best of N interleaved runs: Adam over the seed model's
/// parameters at a size (fused vs TorchSharp's), and one generator block at full resolution (phase conv vs
/// nearest upsampling + 5x5 conv), forward + backward.</summary>
internal sealed class PartsCommand : Command<PartsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--size")][DefaultValue(200)] public int Size { get; init; }
        [CommandOption("--repeats")][DefaultValue(3)] public int Repeats { get; init; }
        [CommandOption("--threads")][DefaultValue(0)] public int Threads { get; init; }
        [CommandOption("--batch")][DefaultValue(32)] public int Batch { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        TorchRuntime.EnsureLoaded();
        var threads = TorchRuntime.ConfigureThreads(settings.Threads);
        var architecture = Architecture.For(settings.Size, 5);
        using var g = new Model.Generator(architecture);
        using var d = new Discriminator(architecture);
        var parameters = g.parameters().Concat(d.parameters()).ToArray();
        foreach (var p in parameters) p.grad = randn_like(p).mul_(1e-3);
        using var fused = new FusedAdam(parameters, 2e-4, 0.5, 0.999, 1e-7);
        using var reference = new TorchAdam(parameters, 2e-4, 0.5, 0.999, 1e-7);
        var block = new UpsampleConv(64, 64);
        KerasInit.Apply(block);
        var input = randn(settings.Batch, 64, settings.Size / 2, settings.Size / 2);

        var table = new Table().AddColumns("part", "variant", "best s", "ratio");
        var count = parameters.Sum(p => p.numel());
        AddPair(table, $"Adam step, {count / 1e6:F0}M params (G+D at {settings.Size})", settings.Repeats,
            ("TorchSharp Adam", reference.step), ("fused, one pass", fused.step));
        AddPair(table, $"G block 64->64 to {settings.Size}x{settings.Size}, batch {settings.Batch}, fwd+bwd", settings.Repeats,
            ("upsample + 5x5 conv", () => Block(input, x => nn.functional.conv2d(
                nn.functional.interpolate(x, scale_factor: [2.0, 2.0], mode: InterpolationMode.Nearest), block.Weight, block.Bias, padding: [2, 2]))),
            ("3x3 phase conv + shuffle", () => Block(input, block.forward)));
        AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"threads: {threads}");
        return 0;
    }

    private static void Block(Tensor input, Func<Tensor, Tensor> forward)
    {
        using var scope = NewDisposeScope();
        var x = input.detach().requires_grad_(true);
        forward(x).sum().backward();
    }

    private static void AddPair(Table table, string part, int repeats, (string Name, Action Run) baseline, (string Name, Action Run) candidate)
    {
        var best = new[] { double.MaxValue, double.MaxValue };
        baseline.Run();   // warm-up: first touch, kernel selection
        candidate.Run();
        for (var r = 0; r < repeats; r++)
        {
            best[0] = Math.Min(best[0], Time(baseline.Run));
            best[1] = Math.Min(best[1], Time(candidate.Run));
        }
        table.AddRow(part, baseline.Name, best[0].ToString("F3", CultureInfo.InvariantCulture), "1.00");
        table.AddRow("", candidate.Name, best[1].ToString("F3", CultureInfo.InvariantCulture), (best[1] / best[0]).ToString("F2", CultureInfo.InvariantCulture));
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }
}
