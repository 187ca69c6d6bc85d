using Repro.DataGen.Drawing;
using Repro.Imaging;
using SkiaSharp;

namespace Repro.DataGen.Faces;

/// <summary>Detail drawn over the hair region: the shine on dark hair and the strand lines.</summary>
internal static class HairDetails
{
    /// <summary>The manga shine on dark hair: a zigzag band following the crown.</summary>
    public static void DrawShine(Pencil pencil, FaceSpec s, SKPath region, SplitMix64 r)
    {
        using var band = new SKPath();
        var radius = s.HalfWidth + s.HairVolume * r.Range(0.2f, 0.7f);
        var top = s.CraniumHeight * r.Range(0.62f, 0.8f);
        for (var i = 0; i <= 10; i++)
        {
            var a = MathF.PI * (0.85f - 0.7f * i / 10f);
            var wiggle = i % 2 == 0 ? -3f : 3f;
            var point = new SKPoint(radius * 0.8f * MathF.Cos(a), -12 - (top - 12 + wiggle) * MathF.Sin(a));
            if (i == 0) band.MoveTo(point);
            else band.LineTo(point);
        }
        pencil.Shine(region, band, r.Range(2.5f, 4.5f));
    }

    public static void DrawStrands(Pencil pencil, FaceSpec s, IReadOnlyList<SKPoint> bangs, SplitMix64 r)
    {
        var parting = new SKPoint(s.Parting * s.HalfWidth * 0.7f, -s.CraniumHeight - s.HairVolume + 8);
        using var strands = new SKPath();
        for (var i = 2; i < bangs.Count - 2; i += 2)
        {
            var notch = bangs[i];
            var reach = r.Range(0.45f, 0.85f);
            var end = new SKPoint(notch.X + (parting.X - notch.X) * reach, notch.Y + (parting.Y - notch.Y) * reach);
            strands.MoveTo(notch);
            strands.QuadTo(notch.X + s.BangSweep * 10 + (notch.X - parting.X) * 0.15f, (notch.Y + end.Y) / 2, end.X, end.Y);
        }
        for (var k = 0; k < 2 + r.Int(3); k++)
        {
            var tip = bangs[1 + 2 * r.Int(s.BangCount)];
            strands.MoveTo(tip.X + r.Range(-4, 4), tip.Y - r.Range(6, 10));
            strands.LineTo(tip.X + s.BangSweep * 4 + r.Range(-3, 3), tip.Y - r.Range(16, 24));
        }
        pencil.Stroke(strands, 0.55f, 0.7f);
    }
}
