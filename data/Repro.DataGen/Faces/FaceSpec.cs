using Repro.Imaging;
using Repro.DataGen.Drawing;

namespace Repro.DataGen.Faces;

/// <summary>Every choice that makes one face: drawn in a face frame whose origin is between the eyes
/// (x right, y down, pixels at scale 1), then placed on the canvas by offset, tilt and scale.</summary>
internal sealed record FaceSpec
{
    public required float OffsetX { get; init; }
    public required float OffsetY { get; init; }
    public required float Tilt { get; init; }
    public required float Scale { get; init; }
    public required float LineWeight { get; init; }
    public required byte Ink { get; init; }
    public required float HalfWidth { get; init; }
    public required float ChinY { get; init; }
    public required float ChinSharpness { get; init; }
    public required float CraniumHeight { get; init; }
    public required HairStyle Hair { get; init; }
    public required int BangCount { get; init; }
    public required float BangLength { get; init; }
    public required float BangSweep { get; init; }
    public required float Parting { get; init; }
    public required float HairVolume { get; init; }

    /// <summary>255 = outlined only (light hair); lower = filled with this gray (dark hair with a shine).</summary>
    public required byte HairTone { get; init; }
    public required Expression Expression { get; init; }
    public required float EyeSpacing { get; init; }
    public required float EyeWidth { get; init; }
    public required float EyeHeight { get; init; }
    public required float IrisShade { get; init; }
    public required float GazeX { get; init; }
    public required float GazeY { get; init; }
    public required bool Blush { get; init; }
    public required bool Ears { get; init; }
    public required bool Collar { get; init; }

    public static FaceSpec Sample(SplitMix64 r)
    {
        var hair = (HairStyle)r.Int(Enum.GetValues<HairStyle>().Length);
        return new FaceSpec
        {
            OffsetX = r.Range(-6, 6),
            OffsetY = r.Range(-4, 6),
            Tilt = r.Range(-12, 12),
            Scale = r.Range(0.9f, 1.06f),
            LineWeight = r.Range(1.1f, 2.3f),
            Ink = (byte)r.Range(10, 70),
            HalfWidth = r.Range(44, 54),
            ChinY = r.Range(52, 66),
            ChinSharpness = r.Range(0, 1),
            CraniumHeight = r.Range(72, 84),
            Hair = hair,
            BangCount = 3 + r.Int(5),
            BangLength = r.Range(0.55f, 1f),
            BangSweep = r.Chance(0.4f) ? r.Range(-1, 1) : r.Range(-0.25f, 0.25f),
            Parting = r.Range(-0.5f, 0.5f),
            HairVolume = r.Range(4, 14),
            HairTone = r.Chance(0.35f) ? (byte)r.Range(35, 120) : (byte)255,
            Expression = (Expression)r.Int(Enum.GetValues<Expression>().Length),
            EyeSpacing = r.Range(21, 27),
            EyeWidth = r.Range(20, 28),
            EyeHeight = r.Range(17, 27),
            IrisShade = r.Range(0, 1),
            GazeX = r.Range(-3, 3),
            GazeY = r.Range(-1.5f, 1.5f),
            Blush = r.Chance(0.35f),
            Ears = hair is HairStyle.Short or HairStyle.Spiky or HairStyle.Ponytail ? r.Chance(0.8f) : false,
            Collar = r.Chance(0.5f),
        };
    }
}
