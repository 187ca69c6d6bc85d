using Repro.Report.Graphs;
using Repro.Report.Tests.Synthetic;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Report.Tests.Report;

public class GraphTests
{
    private static string Render(string folder, string name)
    {
        var experiment = ExperimentBuilder.Experiment(ExperimentBuilder.Log(new TrainScenario { Epochs = 400, DominateFrom = 200 }));
        var path = Path.Combine(folder, name);
        LossGraph.Write(experiment, DefaultParams.Report, path);
        return path;
    }

    [Fact]
    public void Should_Draw_The_Title_And_Axis_Labels_With_The_Committed_Font()
    {
        using var workspace = new SyntheticWorkspace();
        using var image = Image.Load<Rgb24>(Render(workspace.Root, "losses.png"));

        // Title band (top) and x-label band (bottom) hold only text: count its dark pixels.
        Assert.True(Dark(image, 0, 28) > 150, "no title text");
        Assert.True(Dark(image, image.Height - 22, image.Height) > 150, "no x-axis label text");
        Assert.Equal("DejaVu Sans", ScottPlot.Fonts.GetTypeface(GraphFont.Name, bold: false, italic: false).FamilyName);
    }

    [Fact]
    public void Should_Render_Identical_Bytes_Twice()
    {
        using var workspace = new SyntheticWorkspace();

        Assert.Equal(File.ReadAllBytes(Render(workspace.Root, "a.png")), File.ReadAllBytes(Render(workspace.Root, "b.png")));
    }

    private static int Dark(Image<Rgb24> image, int fromRow, int toRow)
    {
        var count = 0;
        for (var y = fromRow; y < toRow; y++)
            for (var x = 0; x < image.Width; x++)
                if (image[x, y].R < 128) count++;
        return count;
    }
}
