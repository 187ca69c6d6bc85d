using Newtonsoft.Json.Linq;
using Repro.Report.Observations;
using static Repro.Report.Tests.Synthetic.ExperimentBuilder;

namespace Repro.Report.Tests.Report.Observations;

public class LabelTargetsTests
{
    private static JObject Conditions(double realMax, JObject? extra = null)
    {
        var conditions = new JObject { ["params"] = new JObject { ["train.realLabelMin"] = 0.7, ["train.realLabelMax"] = realMax, ["train.fakeLabelMin"] = 0.0, ["train.fakeLabelMax"] = 0.3 } };
        if (extra is not null) conditions.Merge(extra);
        return conditions;
    }

    [Fact]
    public void Should_Point_To_Conditions_When_They_Record_Clamping()
    {
        var text = LabelTargets.Describe(Experiment(conditions: Conditions(1.2, new JObject { ["labelTargets"] = new JObject { ["clampAboveOne"] = true } })));

        Assert.Equal("Label targets: real U(0.7, 1.2), fake U(0, 0.3). Targets above 1: see conditions: `clampAboveOne` = `true`.", text);
    }

    [Fact]
    public void Should_Say_Targets_Above_One_Are_Not_Clamped_As_Train_Records_It()
    {
        var text = LabelTargets.Describe(Experiment(conditions: Conditions(1.2, new JObject { ["targetsClamped"] = false })));

        Assert.Equal("Label targets: real U(0.7, 1.2), fake U(0, 0.3). Real targets go above 1 and are not clamped (conditions.json: " +
                     "`targetsClamped` = `false`), as in the seed's Keras: binary cross-entropy keeps rewarding larger logits for them.", text);
    }

    [Fact]
    public void Should_State_The_Rule_When_Conditions_Are_Silent()
    {
        Assert.EndsWith("conditions.json does not record whether train clamps them.", LabelTargets.Describe(Experiment(conditions: Conditions(1.2))));
        Assert.EndsWith("No target exceeds 1, so clamping does not arise.", LabelTargets.Describe(Experiment(conditions: Conditions(1.0))));
    }
}
