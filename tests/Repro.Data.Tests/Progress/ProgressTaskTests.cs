using Repro.Data.Tests.Support;
using Repro.Progress;

namespace Repro.Data.Tests.Progress;

public class ProgressTaskTests
{
    private readonly ManualClock _clock = new();
    private readonly StringWriter _writer = new();

    private ProgressOutput Output(ProgressMode mode, int width = 80) =>
        new(_writer, mode, TimeSpan.FromSeconds(2), width, _clock);

    [Fact]
    public void Should_Write_A_Plain_Line_Once_Per_Interval_And_Nothing_For_Short_Work()
    {
        using var task = new ProgressTask(Output(ProgressMode.Plain), "hashing raw", 3000);

        task.Advance(100);
        _clock.Advance(TimeSpan.FromSeconds(2));
        task.Advance(20);
        task.Advance(1);
        _clock.Advance(TimeSpan.FromSeconds(2));
        task.Advance(1079);

        Assert.Equal("hashing raw: 120/3000 (4%)\nhashing raw: 1200/3000 (40%)\n", _writer.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Should_Show_Unit_And_Detail_And_Leave_The_Final_State_When_Finished()
    {
        using var task = new ProgressTask(Output(ProgressMode.Plain), "train@run1", 12, "steps", done: 6);

        task.Report(7, "epoch 2/2");
        task.WriteLine("train@run1: 12 steps (2 epochs x 6)");
        task.Report(12, "epoch 2/2  g_loss 0.693");
        task.Finish();
        task.Report(12, "ignored after Finish");
        _clock.Advance(TimeSpan.FromSeconds(5));
        task.Report(12, "ignored after Finish");

        Assert.Equal("train@run1: 12 steps (2 epochs x 6)\ntrain@run1: 12/12 steps (100%)  epoch 2/2  g_loss 0.693\n",
            _writer.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Should_Redraw_One_Live_Line_Cut_To_The_Width_And_Erase_It_When_Disposed()
    {
        var task = new ProgressTask(Output(ProgressMode.Live, width: 40), "preprocess", 1000, "files");
        _clock.Advance(TimeSpan.FromMilliseconds(250));

        task.Advance(500);
        task.Dispose();

        const string line = "preprocess [##########----------]  50%";   // cut before the 40th column
        Assert.Equal("\r" + line + "\r" + new string(' ', line.Length) + "\r", _writer.ToString());
    }

    [Fact]
    public void Should_Write_A_Line_Above_The_Live_Line_And_Redraw_It()
    {
        using var task = new ProgressTask(Output(ProgressMode.Live), "train@run1", 10, "steps");
        _clock.Advance(TimeSpan.FromMilliseconds(250));
        task.Report(5);
        var drawn = _writer.ToString();

        task.WriteLine("estimate");

        var line = drawn[1..];
        Assert.Equal("\r" + new string(' ', line.Length) + "\r" + "estimate" + Environment.NewLine + "\r" + line, _writer.ToString()[drawn.Length..]);
    }

    [Fact]
    public void Should_Count_From_Every_Thread()
    {
        using var task = new ProgressTask(Output(ProgressMode.Plain), "preprocess", 10_000);

        Parallel.For(0, 10_000, _ => task.Advance());

        Assert.Equal(10_000, task.Done);
    }
}
