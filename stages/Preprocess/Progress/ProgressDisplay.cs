using System.Diagnostics;
using Spectre.Console;

namespace Repro.Preprocess.Progress;

/// <summary>Progress for long folders: a Spectre.Console bar on a terminal, otherwise a plain line at most
/// every two seconds (logs stay short and unwrapped). Small folders show nothing but the final summary.</summary>
internal static class ProgressDisplay
{
    public const int Threshold = 500;
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="work"/>, which calls the given tick once per finished item (from any thread).</summary>
    public static void Run(string label, int total, Action<Action> work)
    {
        if (total < Threshold)
        {
            work(() => { });
            return;
        }
        if (AnsiConsole.Profile.Capabilities.Interactive)
            RunWithBar(label, total, work);
        else
            RunWithLines(label, total, work);
    }

    private static void RunWithBar(string label, int total, Action<Action> work)
    {
        var done = 0;
        AnsiConsole.Progress().Start(ctx =>
        {
            var task = ctx.AddTask(label, maxValue: total);
            var worker = Task.Run(() => work(() => Interlocked.Increment(ref done)));
            while (!worker.Wait(100)) task.Value = Volatile.Read(ref done);
            task.Value = Volatile.Read(ref done);
            worker.GetAwaiter().GetResult();
        });
    }

    private static void RunWithLines(string label, int total, Action<Action> work)
    {
        var done = 0;
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var gate = new Lock();
        work(() =>
        {
            var now = Interlocked.Increment(ref done);
            if (clock.Elapsed - last < PlainInterval) return;
            lock (gate)
            {
                if (clock.Elapsed - last < PlainInterval) return;
                last = clock.Elapsed;
                Console.WriteLine($"{label}: {now}/{total} ({100L * now / total}%)");
            }
        });
    }
}
