using Repro.Imaging;
using Repro.DataGen.Drawing;
using SkiaSharp;

namespace Repro.DataGen.Faces;

/// <summary>The hair over the head: the silhouette over the cranium, side locks down to the style's length,
/// and the bangs (pointed locks across the forehead), as one closed region erased to paper and outlined,
/// then strand lines from the bangs towards the parting.</summary>
internal static class HairFront
{
    public static void Draw(Pencil pencil, FaceSpec s, SplitMix64 r)
    {
        var bottom = BottomY(s);
        var bangs = BangNodes(s, r);
        using var region = new SKPath();
        AddSilhouette(region, s, bottom, r);
        var outerX = s.HalfWidth + s.HairVolume + Flare(s);
        var innerX = Inset(s);
        AddEnds(region, new SKPoint(outerX, bottom), new SKPoint(innerX, bottom), r);
        AddInnerEdge(region, s, bottom, bangs);
        AddEnds(region, new SKPoint(-innerX, bottom), new SKPoint(-outerX, bottom), r);
        region.Close();
        pencil.Fill(region, s.HairTone);
        if (s.HairTone < 255) HairDetails.DrawShine(pencil, s, region, r);
        pencil.Stroke(region, 1.1f);
        HairDetails.DrawStrands(pencil, s, bangs, r);
    }

    private static float BottomY(FaceSpec s) => s.Hair switch
    {
        HairStyle.Bob => s.ChinY * 0.85f,
        HairStyle.Long => 120,
        HairStyle.Twintails => 10,
        _ => 2,
    };

    private static float Flare(FaceSpec s) => s.Hair switch { HairStyle.Long => 14f, HairStyle.Bob => 6f, _ => 0f };

    private static float Inset(FaceSpec s) =>
        s.Hair is HairStyle.Long or HairStyle.Bob ? s.HalfWidth * 0.78f : s.HalfWidth - 3;

    /// <summary>The ends of a lock between two points at its bottom: one or more pointed tips, so hair never
    /// ends in a straight cut.</summary>
    private static void AddEnds(SKPath path, SKPoint from, SKPoint to, SplitMix64 r)
    {
        var tips = Math.Max(1, (int)(MathF.Abs(to.X - from.X) / 9));
        for (var i = 0; i < tips; i++)
        {
            var t0 = i / (float)tips;
            var t1 = (i + 1) / (float)tips;
            var tip = new SKPoint(from.X + (to.X - from.X) * (t0 + t1) / 2 + r.Range(-1.5f, 1.5f), from.Y + r.Range(7, 13));
            var end = new SKPoint(from.X + (to.X - from.X) * t1, from.Y + (i < tips - 1 ? r.Range(-1, 2) : 0));
            path.QuadTo((path.LastPoint.X + tip.X) / 2, tip.Y - 2, tip.X, tip.Y);
            path.QuadTo((tip.X + end.X) / 2, tip.Y - 3, end.X, end.Y);
        }
    }

    /// <summary>Outer edge, bottom left, over the top, to bottom right; spiky hair alternates tips.</summary>
    private static void AddSilhouette(SKPath path, FaceSpec s, float bottom, SplitMix64 r)
    {
        var rx = s.HalfWidth + s.HairVolume;
        var flare = Flare(s);
        path.MoveTo(-rx - flare, bottom);
        path.QuadTo(-rx - flare * 0.3f, bottom * 0.4f - 4, -rx, -12);
        const int steps = 12;
        var previous = new SKPoint(-rx, -12);
        for (var i = 1; i <= steps; i++)
        {
            var a = MathF.PI * (1 - i / (float)steps);
            var point = new SKPoint(rx * MathF.Cos(a), -12 - (s.CraniumHeight + s.HairVolume - 12) * MathF.Sin(a));
            if (s.Hair == HairStyle.Spiky && i % 2 == 1 && i < steps)
            {
                var spike = r.Range(9, 17);
                point = new SKPoint(point.X + MathF.Cos(a) * spike + r.Range(-4, 4), point.Y - MathF.Sin(a) * spike);
                path.QuadTo((previous.X + point.X) / 2 - 2, (previous.Y + point.Y) / 2 + 2, point.X, point.Y);
            }
            else
            {
                var mid = MathF.PI * (1 - (i - 0.5f) / steps);
                var bulge = s.CraniumHeight + s.HairVolume - 12;
                path.QuadTo(rx * 1.04f * MathF.Cos(mid), -12 - bulge * 1.04f * MathF.Sin(mid), point.X, point.Y);
            }
            previous = point;
        }
        path.QuadTo(rx + flare * 0.3f, bottom * 0.4f - 4, rx + flare, bottom);
    }

    /// <summary>Inner edge, right to left: down the right lock, the bangs, down the left lock.</summary>
    private static void AddInnerEdge(SKPath path, FaceSpec s, float bottom, IReadOnlyList<SKPoint> bangs)
    {
        var inset = Inset(s);
        path.QuadTo(s.HalfWidth * 0.9f, bottom * 0.5f, bangs[^1].X, bangs[^1].Y);
        for (var i = bangs.Count - 2; i >= 0; i--)
        {
            SKPoint from = bangs[i + 1], to = bangs[i];
            var isTipToNotch = i % 2 == 0;
            var notch = isTipToNotch ? to : from;
            var tip = isTipToNotch ? from : to;
            var away = MathF.Sign(notch.X - tip.X);
            var control = new SKPoint((from.X + to.X) / 2 + away * 3.5f + s.BangSweep * 6, (from.Y + to.Y) / 2);
            path.QuadTo(control, to);
        }
        path.QuadTo(-s.HalfWidth * 0.9f, bottom * 0.5f, -inset, bottom);
    }

    /// <summary>Alternating notch (up, under the hairline) and tip (down, over the forehead), left to right,
    /// starting and ending at the temples (which count as notches).</summary>
    private static List<SKPoint> BangNodes(FaceSpec s, SplitMix64 r)
    {
        var nodes = new List<SKPoint> { new(-s.HalfWidth + 1, -16) };
        var span = 2 * s.HalfWidth - 6;
        var tipY = -14 - (1 - s.BangLength) * 22;
        for (var i = 0; i < s.BangCount; i++)
        {
            var x = -s.HalfWidth + 3 + span * (i + 0.5f) / s.BangCount;
            nodes.Add(new SKPoint(x + s.BangSweep * 8 + r.Range(-3, 3), tipY + r.Range(-6, 5)));
            if (i < s.BangCount - 1)
            {
                var nx = -s.HalfWidth + 3 + span * (i + 1f) / s.BangCount;
                nodes.Add(new SKPoint(nx + r.Range(-2, 2), -s.CraniumHeight * 0.52f + r.Range(-7, 5)));
            }
        }
        nodes.Add(new SKPoint(s.HalfWidth - 1, -16));
        return nodes;
    }
}
