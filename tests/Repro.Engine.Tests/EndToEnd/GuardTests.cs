using Repro.Engine.Reporting;
using Repro.Engine.Tests.Support;
using Repro.Engine.Workspace;

namespace Repro.Engine.Tests.EndToEnd;

/// <summary>One run at a time per workspace.</summary>
public sealed class GuardTests
{
    [Fact]
    public void Should_Refuse_A_Concurrent_Run_With_No_Wait()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        using var held = WorkspaceGuard.Acquire(workspace.Paths, wait: false, new SilentConsole(), default);

        // When
        var (exitCode, _, error) = workspace.Run(TestWorkspace.Quick() with { NoWait = true });

        // Then
        Assert.Equal(2, exitCode);
        Assert.Equal($"Another repro run holds the workspace '{workspace.Root}'. Wait for it to finish, or drop --no-wait to queue behind it.", error);
    }

    [Fact]
    public async Task Should_Wait_For_A_Concurrent_Run_With_A_Message()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        var held = WorkspaceGuard.Acquire(workspace.Paths, wait: false, new SilentConsole(), default);

        // When
        var run = Task.Run(() => workspace.Run(TestWorkspace.Quick() with { Target = "prep" }));
        await Task.Delay(700);
        var finishedWhileHeld = run.IsCompleted;
        held.Dispose();
        var (exitCode, _, _) = await run;

        // Then
        Assert.False(finishedWhileHeld);
        Assert.Equal(0, exitCode);
        Assert.StartsWith("Another repro run is using ", workspace.Console.Lines[0], StringComparison.Ordinal);
    }
}
