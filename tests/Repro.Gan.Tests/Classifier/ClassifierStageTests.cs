using Newtonsoft.Json.Linq;
using Repro.Classifier;
using Repro.Classifier.Faces;
using Repro.DataGen.Faces;

namespace Repro.Gan.Tests.Classifier;

public class ClassifierStageTests
{
    private static Dictionary<string, JToken> Params(int faces = 800, int epochs = 3) => new(StringComparer.Ordinal)
    {
        ["classifier.size"] = 32, ["classifier.faces"] = faces, ["classifier.heldOut"] = 300, ["classifier.epochs"] = epochs,
        ["classifier.batchSize"] = 64, ["classifier.lr"] = 0.003, ["classifier.seed"] = 5, ["classifier.threads"] = 2,
    };

    private static string Run(string dir, Dictionary<string, JToken> parameters)
    {
        Directory.CreateDirectory(dir);
        ClassifierStage.Run(new StageContext(new StageRequest { Stage = "classifier", Key = "k", OutDir = dir, Params = parameters }, CancellationToken.None));
        return dir;
    }

    [Fact]
    public void Should_Learn_Hair_Style_And_Tone_Above_Chance_On_Held_Out_Faces_In_A_Few_Seconds_And_Repeat_Bit_For_Bit()
    {
        var root = Path.Combine(Path.GetTempPath(), "repro-classifier-" + Guid.NewGuid().ToString("N"));
        try
        {
            var first = Run(Path.Combine(root, "a"), Params());
            var second = Run(Path.Combine(root, "b"), Params());

            var json = JObject.Parse(File.ReadAllText(Path.Combine(first, "classifier.json")));
            Assert.Equal(["hair", "expression", "hairTone", "collar"], json["heads"]!.Select(h => (string)h["name"]!));
            Assert.Equal(128, (int)json["featureSize"]!);
            var heldOut = json["accuracy"]!["heldOut"]!;
            var chance = json["accuracy"]!["chance"]!;
            Assert.True((double)heldOut["hair"]! > (double)chance["hair"]! + 0.1, $"hair {heldOut["hair"]} against chance {chance["hair"]}");
            Assert.True((double)heldOut["hairTone"]! > 0.9, $"hair tone {heldOut["hairTone"]}");
            Assert.Equal(3, json["lossPerEpoch"]!.Count());
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, "classifier.pt")), File.ReadAllBytes(Path.Combine(second, "classifier.pt")));
            Assert.Equal(File.ReadAllText(Path.Combine(first, "classifier.json")), File.ReadAllText(Path.Combine(second, "classifier.json")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Should_Render_Each_Face_From_Its_Family_And_Index_Alone_With_The_Spec_s_Labels()
    {
        const ulong family = 0xABCDEF;
        var batch = LabelledFaces.Render(family, 0, 12, 32, 0.15, CancellationToken.None);
        var single = LabelledFaces.Render(family, 7, 1, 32, 0.15, CancellationToken.None);

        Assert.Equal(batch.Images[7], single.Images[0]);
        Assert.Equal(FaceAttributes.Of(FaceDataset.Render(family, 7).Spec), single.Labels[0]);
        Assert.All(batch.Images, image => Assert.All(image, v => Assert.InRange(v, 0f, 1f)));
        Assert.NotEqual(batch.Images[0], batch.Images[1]);
    }

    [Fact]
    public void Should_Render_The_Embedded_Faces_As_Committed_When_Asked_For_The_Embedded_Family()
    {
        Assert.Equal(FaceDataset.RenderPixels(3), FaceDataset.Render(FaceDataset.Seed, 3).Pixels);
    }
}
