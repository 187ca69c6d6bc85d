namespace Repro.Contract;

/// <summary>Exit codes shared by the engine and every stage program (DESIGN.md section 5).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Bug = 1;
    public const int BadInput = 2;
    public const int BadLock = 3;
    public const int StageFailed = 4;
    public const int Cancelled = 130;
}
