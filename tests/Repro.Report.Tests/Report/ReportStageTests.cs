using System.Text.RegularExpressions;
using Repro.Report.Tests.Synthetic;

namespace Repro.Report.Tests.Report;

[Collection(ReportCollection.Name)]
public partial class ReportStageTests(ReportFixture fixture)
{
    [Fact]
    public void Should_Write_Identical_Bytes_On_A_Second_Run()
    {
        var again = fixture.Workspace.ReportContext(ThreeRuns.Names, "report-again");

        Repro.Report.ReportStage.Run(again);

        Files.AssertIdentical(fixture.OutDir, again.OutDir);
    }

    [Fact]
    public void Should_Reference_Only_Images_That_Exist_Under_Assets()
    {
        var links = ImageLink().Matches(fixture.Markdown).Select(m => m.Groups[1].Value).ToList();

        Assert.True(links.Count > 20, $"only {links.Count} images");
        Assert.All(links, link =>
        {
            Assert.StartsWith("assets/", link);
            Assert.True(File.Exists(Path.Combine(fixture.OutDir, link)), $"{link} is missing");
        });
        // And nothing in assets/ is unreferenced.
        var files = Files.Snapshot(Path.Combine(fixture.OutDir, "assets")).Keys.Select(k => "assets/" + k);
        Assert.Empty(files.Except(links));
    }

    [Fact]
    public void Should_Render_Html_With_The_Same_Relative_Images()
    {
        var html = File.ReadAllText(Path.Combine(fixture.OutDir, "report.html"));
        // The snapshot sliders are the HTML's own (report.md shows the GIF there): one per experiment.
        var withoutSliders = Regex.Replace(html, "<figure class=\"snapshot-slider\".*?</figure>", "", RegexOptions.Singleline);
        var sources = ImageSource().Matches(withoutSliders).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(ImageLink().Matches(fixture.Markdown).Select(m => m.Groups[1].Value), sources);
        Assert.Equal(3, Regex.Matches(html, "<figure class=\"snapshot-slider\"").Count);
        Assert.Contains("<table>", html);
        Assert.Contains("<style>", html);
    }

    [Fact]
    public void Should_Contain_No_Machine_Paths()
    {
        Assert.DoesNotContain(fixture.Workspace.Root, fixture.Markdown);
        Assert.DoesNotContain(Path.GetTempPath(), fixture.Markdown);
    }

    [Fact]
    public void Should_Link_The_Engines_Changes_Record()
    {
        Assert.Contains("## What changed\n\n[changes.md](changes.md)", fixture.Markdown);
    }

    [Fact]
    public void Should_Say_What_Each_Trained_Result_Keeps_On_Disk()
    {
        var run1 = fixture.Markdown[fixture.Markdown.IndexOf("### run1", StringComparison.Ordinal)..fixture.Markdown.IndexOf("### run2", StringComparison.Ordinal)];

        Assert.Matches(@"On disk: the final generator \(generator\.pt, what `repro generate run1` draws from\) [\d.]+ MB, the resume checkpoint [\d.]+ MB, " +
                       @"the whole train result [\d.]+ MB; the best snapshot is the final one \(epoch 150\), so `repro generate run1 --snapshot best` " +
                       @"draws from the same generator \(the cache stores it once\)\.", run1);
        Assert.Contains("| final (epoch 150) | ![run1 final interpolation](assets/run1/final/interpolation.png) | ![run1 final latent walk](assets/run1/final/walk.png) |", run1);
    }

    [Fact]
    public void Should_Report_The_Collapsing_Run_With_Its_Rules()
    {
        var run2 = fixture.Markdown[fixture.Markdown.IndexOf("### run2", StringComparison.Ordinal)..fixture.Markdown.IndexOf("### run3", StringComparison.Ordinal)];

        Assert.Contains("**The discriminator dominates during epochs 60-200 (", run2);
        Assert.Contains("**Mode collapse (or a generator that never diversified) from epoch 100:", run2);
        Assert.Contains("Real targets go above 1", run2);
    }

    [GeneratedRegex(@"!\[[^\]]*\]\(([^)]+)\)")]
    private static partial Regex ImageLink();

    [GeneratedRegex("<img src=\"([^\"]+)\"")]
    private static partial Regex ImageSource();
}
