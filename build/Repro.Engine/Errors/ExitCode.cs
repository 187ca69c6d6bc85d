using Codes = Repro.Contract.ExitCodes;

namespace Repro.Engine.Errors;

/// <summary>Process exit codes (DESIGN.md section 5): one table, shared with every stage program.</summary>
public static class ExitCode
{
    public const int Ok = Codes.Ok;
    public const int Bug = Codes.Bug;
    public const int BadInput = Codes.BadInput;
    public const int BadLock = Codes.BadLock;
    public const int StageFailed = Codes.StageFailed;
    public const int Cancelled = Codes.Cancelled;
}
