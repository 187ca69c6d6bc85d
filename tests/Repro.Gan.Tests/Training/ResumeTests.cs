using Repro.Gan.Tests.Support;
using Repro.Train;

namespace Repro.Gan.Tests.Training;

public class ResumeTests
{
    [Fact]
    public void Should_End_Bitwise_Identical_After_A_Cancel_And_Resume()
    {
        using var workspace = new TrainWorkspace();
        var uninterrupted = workspace.NextContext(withResume: false);
        TrainStage.Run(uninterrupted, TrainHooks.None);

        // Given a run cancelled (Ctrl+C) after step 7, between two snapshots
        using var cancel = new CancellationTokenSource();
        var interrupted = workspace.NextContext(cancel.Token);
        Assert.Throws<OperationCanceledException>(() =>
            TrainStage.Run(interrupted, new TrainHooks(i => { if (i == 7) cancel.Cancel(); })));

        // When the same key runs again
        var resumed = workspace.NextContext();
        var output = CaptureOut(() => TrainStage.Run(resumed, TrainHooks.None));

        // Then it says so and ends identical
        Assert.Contains("Resuming from the checkpoint at step 7.", output);
        OutputAssert.Identical(TrainWorkspace.ReadOutputs(uninterrupted), TrainWorkspace.ReadOutputs(resumed));
    }

    [Fact]
    public void Should_Resume_From_The_Last_Snapshot_Checkpoint_After_A_Crash()
    {
        using var workspace = new TrainWorkspace();
        var uninterrupted = workspace.NextContext(withResume: false);
        TrainStage.Run(uninterrupted, TrainHooks.None);

        // Given a process that dies after step 8 (no chance to write a checkpoint of its own)
        var crashed = workspace.NextContext();
        Assert.Throws<SimulatedCrash>(() => TrainStage.Run(crashed, new TrainHooks(i => { if (i == 8) throw new SimulatedCrash(); })));

        var resumed = workspace.NextContext();
        var output = CaptureOut(() => TrainStage.Run(resumed, TrainHooks.None));

        Assert.Contains("Resuming from the checkpoint at step 6.", output);
        OutputAssert.Identical(TrainWorkspace.ReadOutputs(uninterrupted), TrainWorkspace.ReadOutputs(resumed));
    }

    [Theory]
    [InlineData("truncate")]
    [InlineData("other-latent")]
    public void Should_Discard_A_Checkpoint_That_Cannot_Be_Used_With_A_Warning(string damage)
    {
        using var workspace = new TrainWorkspace();
        var uninterrupted = workspace.NextContext(withResume: false);
        TrainStage.Run(uninterrupted, TrainHooks.None);
        if (damage == "other-latent") workspace.Params["train.latentDim"] = 6;
        Assert.Throws<SimulatedCrash>(() => TrainStage.Run(workspace.NextContext(), new TrainHooks(i => { if (i == 6) throw new SimulatedCrash(); })));
        workspace.Params["train.latentDim"] = 5;
        if (damage == "truncate")
        {
            var file = Path.Combine(workspace.ResumeDir, "checkpoint-000006", "generator.pt");
            File.WriteAllBytes(file, File.ReadAllBytes(file)[..100]);
        }

        var resumed = workspace.NextContext();
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        try { TrainStage.Run(resumed, TrainHooks.None); }
        finally { Console.SetError(previous); }

        Assert.StartsWith("warning: discarding the resume checkpoint, it cannot be used (", error.ToString());
        Assert.Contains("training restarts from step 0.", error.ToString());
        OutputAssert.Identical(TrainWorkspace.ReadOutputs(uninterrupted), TrainWorkspace.ReadOutputs(resumed));
    }

    private static string CaptureOut(Action action)
    {
        var writer = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(writer);
        try { action(); }
        finally { Console.SetOut(previous); }
        return writer.ToString();
    }

    private sealed class SimulatedCrash : Exception;
}
