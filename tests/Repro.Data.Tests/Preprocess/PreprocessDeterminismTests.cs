using Repro.Data.Tests.Support;
using Repro.Preprocess;
using Repro.Preprocess.Params;
using Repro.Preprocess.Sources;

namespace Repro.Data.Tests.Preprocess;

public sealed class PreprocessDeterminismTests
{
    [Fact]
    public void Should_Write_Identical_Bytes_Across_Two_Runs()
    {
        // Given: every accepted kind plus some of the embedded faces, processed twice.
        using var first = new PreprocessHarness();
        using var second = new PreprocessHarness();
        foreach (var harness in new[] { first, second })
        {
            Fixtures.WriteEveryKind(harness.Source);
            foreach (var face in Directory.GetFiles(Path.Combine(RepoRoot.Path, "data", "raw")).Order(StringComparer.Ordinal).Take(40))
                File.Copy(face, harness.SourcePath(Path.GetFileName(face)));
            harness.Stage.Set("preprocess.denoise", 1).Set("preprocess.threshold", 230);
        }

        // When
        first.Run();
        second.Run();

        // Then
        var names = first.OutputNames();
        Assert.Equal(51, names.Length);
        Assert.Equal(names, second.OutputNames());
        foreach (var name in names)
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.OutDir, "images", name)), File.ReadAllBytes(Path.Combine(second.OutDir, "images", name)));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first.OutDir, "manifest.json")), File.ReadAllBytes(Path.Combine(second.OutDir, "manifest.json")));
    }

    [Fact]
    public void Should_Keep_Machine_Paths_Out_Of_The_Manifest()
    {
        using var harness = new PreprocessHarness();
        Fixtures.WriteEveryKind(harness.Source);

        harness.Run();

        var text = File.ReadAllText(Path.Combine(harness.OutDir, "manifest.json"));
        Assert.DoesNotContain(harness.Stage.Workspace, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Produce_The_Same_Images_On_One_Thread_As_On_Many()
    {
        // Given
        using var harness = new PreprocessHarness();
        Fixtures.WriteEveryKind(harness.Source);
        var listing = SourceScanner.Scan(harness.Source, recursive: false, "preprocess.source");
        var p = new PreprocessParams
        {
            Size = 48, Source = "source", Recursive = false, Fit = FitMode.Crop, Background = 255,
            MinSize = 16, OnInvalid = InvalidPolicy.Fail, Denoise = 1, Threshold = 0,
        };

        // When
        var one = PreprocessStage.Process(listing.Candidates, p, CancellationToken.None, threads: 1);
        var many = PreprocessStage.Process(listing.Candidates, p, CancellationToken.None, threads: 4);

        // Then
        Assert.Equal(one.Select(r => r.Image!.Png), many.Select(r => r.Image!.Png));
    }

    [Fact]
    public void Should_Stop_When_Cancelled()
    {
        using var harness = new PreprocessHarness();
        Fixtures.WriteEveryKind(harness.Source);
        var listing = SourceScanner.Scan(harness.Source, recursive: false, "preprocess.source");
        var p = new PreprocessParams
        {
            Size = 32, Source = "source", Recursive = false, Fit = FitMode.Pad, Background = 255,
            MinSize = 16, OnInvalid = InvalidPolicy.Fail, Denoise = 0, Threshold = 0,
        };

        Assert.ThrowsAny<OperationCanceledException>(() => PreprocessStage.Process(listing.Candidates, p, new CancellationToken(canceled: true)));
    }
}
