using Repro.Contract;
using System.Runtime.ExceptionServices;

namespace Repro.Sample;

/// <summary>Parallel.For that rethrows the first failure as itself (a StageInputException keeps its exit code
/// and message) instead of an AggregateException.</summary>
internal static class ParallelRun
{
    public static void For(int count, ParallelOptions options, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, options, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
