namespace Repro.Engine.Errors;

/// <summary>Process exit codes (DESIGN.md section 5); the same numbers as Repro.StageHost.ExitCodes.</summary>
public static class ExitCode
{
    public const int Ok = 0;
    public const int Bug = 1;
    public const int BadInput = 2;
    public const int BadLock = 3;
    public const int StageFailed = 4;
    public const int Cancelled = 130;
}
