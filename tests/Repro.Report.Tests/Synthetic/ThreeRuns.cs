namespace Repro.Report.Tests.Synthetic;

/// <summary>Three experiments shaped like the seed's: a plain run, a long run that collapses with D dominating,
/// and a shorter run on a flipped dataset with a larger latent. Sampled once into the workspace.</summary>
internal static class ThreeRuns
{
    public static readonly string[] Names = ["run1", "run2", "run3"];

    public static SyntheticWorkspace Create()
    {
        var workspace = new SyntheticWorkspace();
        workspace.Augment("run1");
        workspace.Augment("run2");
        workspace.Augment("run3", flip: true);
        workspace.Train("run1", new TrainScenario { Epochs = 150 });
        workspace.Train("run2", new TrainScenario { Epochs = 200, CollapseFrom = 100, DominateFrom = 60, RealLabelMax = 1.2 });
        workspace.Train("run3", new TrainScenario { Epochs = 100, LatentDim = 10 });
        workspace.SampleAll(Names);
        return workspace;
    }
}
