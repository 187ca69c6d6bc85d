using Repro.Engine.Errors;
using Repro.Engine.Reporting;
using Repro.Engine.Workspace;

namespace Repro.Engine.Tests.Unit;

public sealed class WorkspaceGuardTests : IDisposable
{
    private readonly WorkspacePaths _paths = new(Directory.CreateTempSubdirectory("repro-guard-").FullName);

    [Fact]
    public void Should_Let_Only_One_Holder_In_And_Free_The_Guard_On_Dispose()
    {
        // Given
        var first = WorkspaceGuard.Acquire(_paths, wait: false, new SilentConsole(), default);

        // When
        var busy = Assert.Throws<ReproException>(() => WorkspaceGuard.Acquire(_paths, wait: false, new SilentConsole(), default));
        first.Dispose();
        using var second = WorkspaceGuard.Acquire(_paths, wait: false, new SilentConsole(), default);

        // Then
        Assert.Equal(2, busy.ExitCode);
    }

    [Fact]
    public void Should_Find_The_Workspace_By_Walking_Up_To_Params_Json()
    {
        // Given
        File.WriteAllText(Path.Combine(_paths.Root, "params.json"), "{}");
        var nested = Directory.CreateDirectory(Path.Combine(_paths.Root, "a", "b")).FullName;

        // When
        var found = WorkspacePaths.Locate(nested);

        // Then
        Assert.Equal(_paths.Root, found.Root);
        Assert.Equal(2, Assert.Throws<ReproException>(() => WorkspacePaths.Locate("/")).ExitCode);
    }

    public void Dispose() => Directory.Delete(_paths.Root, recursive: true);
}
