namespace Repro.Engine.Tests.Support;

/// <summary>Golden files for user-visible text: Golden/NAME.txt next to the sources. On a mismatch the actual
/// text is written to Golden/NAME.received.txt (gitignored) so a reviewer can diff and, if right, rename it.</summary>
internal static class Golden
{
    public static void Verify(string name, string actual)
    {
        var folder = Path.Combine(FindProjectFolder(), "Golden");
        var expectedFile = Path.Combine(folder, name + ".txt");
        var receivedFile = Path.Combine(folder, name + ".received.txt");
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
        var expected = File.Exists(expectedFile) ? File.ReadAllText(expectedFile) : null;
        if (expected == normalised)
        {
            File.Delete(receivedFile);
            return;
        }
        File.WriteAllText(receivedFile, normalised);
        Assert.Fail(expected is null
            ? $"No golden file {expectedFile}; wrote {receivedFile}. Review it and rename it to accept."
            : $"Text differs from {expectedFile}; the actual text is in {receivedFile}.");
    }

    /// <summary>The project folder above bin/CONFIG/TFM (source paths are mapped to /_/ by PathMap).</summary>
    private static string FindProjectFolder()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Repro.Engine.Tests.csproj"))) return dir;
        }
        throw new InvalidOperationException($"Cannot find Repro.Engine.Tests.csproj above {AppContext.BaseDirectory}");
    }
}
