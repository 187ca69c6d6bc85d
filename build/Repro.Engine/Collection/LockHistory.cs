using System.Diagnostics;

namespace Repro.Engine.Collection;

/// <summary>pipeline.lock.json as every commit reachable from a branch or tag recorded it (`git log --all`),
/// so gc can keep what any committed state of the project can restore.</summary>
internal static class LockHistory
{
    public static List<LockFile> Read(WorkspacePaths paths)
    {
        var commits = Git(paths.Root, "log", "--all", "--format=%H", "--", "pipeline.lock.json")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var locks = new List<LockFile>();
        var temp = Path.Combine(Path.GetTempPath(), $"repro-gc-{Guid.NewGuid():N}.json");
        try
        {
            foreach (var commit in commits)
            {
                File.WriteAllText(temp, Git(paths.Root, "show", $"{commit}:pipeline.lock.json"));
                try
                {
                    locks.Add(LockFile.Load(temp));
                }
                catch (ReproException)
                {
                    // an older schema: nothing in this cache can be keyed by it
                }
            }
        }
        finally
        {
            File.Delete(temp);
        }
        return locks;
    }

    private static string Git(string root, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : throw CollectionErrors.NoHistory(root, error.Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw CollectionErrors.NoHistory(root, e.Message);
        }
    }
}
