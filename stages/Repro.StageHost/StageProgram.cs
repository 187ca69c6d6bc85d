using Repro.Contract;
using System.Runtime.InteropServices;

namespace Repro.StageHost;

/// <summary>The shared Main of every stage program: `Stage.dll REQUEST.json`. Catches at the top only,
/// maps failures to exit codes, and prints stack traces only when REPRO_VERBOSE=1.</summary>
public static class StageProgram
{
    public static int Run(string[] args, Action<StageContext> body)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: <stage>.dll REQUEST.json  (stages are run by 'repro', which writes the request)");
            return ExitCodes.BadInput;
        }

        using var cancellation = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, ctx => { ctx.Cancel = true; cancellation.Cancel(); });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, ctx => { ctx.Cancel = true; cancellation.Cancel(); });
        var verbose = Environment.GetEnvironmentVariable("REPRO_VERBOSE") == "1";
        try
        {
            var context = new StageContext(StageRequest.Load(args[0]), cancellation.Token);
            body(context);
            context.WriteProvenance();
            return ExitCodes.Ok;
        }
        catch (StageInputException e)
        {
            Console.Error.WriteLine(verbose ? e.ToString() : e.Message);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Console.Error.WriteLine("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine(verbose ? e.ToString() : $"Unexpected error: {e.GetType().Name}: {e.Message} (set REPRO_VERBOSE=1 for the stack trace)");
            return ExitCodes.Bug;
        }
    }
}
