namespace Repro.DataGen.Faces;

/// <summary>What a viewer can tell about a face, as the labels of the face classifier (stages/Classifier):
/// each attribute is one classification head. They are read off the <see cref="FaceSpec"/> that drew the face,
/// so every rendered face comes labelled. Blush is left out: a few light strokes on the cheeks, which at the
/// classifier's 32 pixels measured no better than always answering "no".</summary>
internal static class FaceAttributes
{
    public static readonly IReadOnlyList<(string Name, string[] Classes)> Heads =
    [
        ("hair", Names<HairStyle>()),
        ("expression", Names<Expression>()),
        ("hairTone", ["light", "dark"]),
        ("collar", ["no", "yes"]),
    ];

    public static int[] Of(FaceSpec spec) =>
        [(int)spec.Hair, (int)spec.Expression, spec.HairTone < 255 ? 1 : 0, spec.Collar ? 1 : 0];

    private static string[] Names<T>() where T : struct, Enum =>
        Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToArray();
}
