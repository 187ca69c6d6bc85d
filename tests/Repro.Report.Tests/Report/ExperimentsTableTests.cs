using Repro.Report.Tests.Synthetic;

namespace Repro.Report.Tests.Report;

[Collection(ReportCollection.Name)]
public class ExperimentsTableTests(ReportFixture fixture)
{
    private List<string[]> Table()
    {
        var lines = fixture.Markdown.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("| experiment | `", StringComparison.Ordinal));
        return lines.Skip(start).TakeWhile(l => l.StartsWith('|')).Where((_, i) => i != 1)
            .Select(l => l.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray()).ToList();
    }

    [Fact]
    public void Should_Have_A_Column_For_Every_Condition_That_Differs_And_None_For_Shared_Ones()
    {
        var header = Table()[0];

        Assert.Equal(["experiment", "`augment.flip`", "`train.epochs`", "`train.latentDim`", "`train.realLabelMax`", "final KID"], header[..6]);
        Assert.DoesNotContain("`train.seed`", header);
        Assert.Contains("Shared by all: `augment.maxImages` = 0, `augment.seed` = 1, `image.size` = 32,", fixture.Markdown);
    }

    [Fact]
    public void Should_Show_Each_Experiments_Params()
    {
        var rows = Table().Skip(1).ToDictionary(r => r[0], r => r[1..5]);

        Assert.Equal(["false", "150", "5", "1.0"], rows["run1"]);
        Assert.Equal(["false", "200", "5", "1.2"], rows["run2"]);
        Assert.Equal(["true", "100", "10", "1.0"], rows["run3"]);
    }

    [Fact]
    public void Should_Show_The_Final_D_Accuracy_And_Best_Snapshot()
    {
        var run2 = Table().Single(r => r[0] == "run2");

        Assert.Equal("99% / 99%", run2[^2]);
        Assert.Matches(@"^\S+ ± \S+ \(\d+\)$", run2[6]);
    }
}
