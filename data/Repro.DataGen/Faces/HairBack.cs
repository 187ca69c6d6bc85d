using Repro.Imaging;
using Repro.DataGen.Drawing;
using SkiaSharp;

namespace Repro.DataGen.Faces;

/// <summary>Hair behind the head, drawn first so the face and the front hair cover its roots: the long
/// back mass, a ponytail, or twin tails with ties.</summary>
internal static class HairBack
{
    public static void Draw(Pencil pencil, FaceSpec s, SplitMix64 r)
    {
        switch (s.Hair)
        {
            case HairStyle.Long:
                DrawLongMass(pencil, s, r);
                break;
            case HairStyle.Ponytail:
                DrawTail(pencil, s, r.Chance(0.5f) ? 1 : -1, r.Range(0.6f, 0.85f), r);
                break;
            case HairStyle.Twintails:
                DrawTail(pencil, s, -1, 0.3f, r);
                DrawTail(pencil, s, 1, 0.3f, r);
                break;
        }
    }

    private static void DrawLongMass(Pencil pencil, FaceSpec s, SplitMix64 r)
    {
        var rx = s.HalfWidth + s.HairVolume;
        var spread = r.Range(10, 26);
        using var mass = new SKPath();
        mass.MoveTo(-rx, -20);
        mass.CubicTo(-rx - 6, 30, -rx - spread, 70, -rx - spread - 4, 125);
        mass.LineTo(rx + spread + 4, 125);
        mass.CubicTo(rx + spread, 70, rx + 6, 30, rx, -20);
        mass.Close();
        pencil.Fill(mass, s.HairTone);
        using var sides = new SKPath();
        sides.MoveTo(-rx, -20);
        sides.CubicTo(-rx - 6, 30, -rx - spread, 70, -rx - spread - 4, 125);
        sides.MoveTo(rx, -20);
        sides.CubicTo(rx + 6, 30, rx + spread, 70, rx + spread + 4, 125);
        for (var i = 0; i < 4; i++)
        {
            var side = i % 2 == 0 ? -1 : 1;
            var x = side * (rx + r.Range(0, spread * 0.8f));
            sides.MoveTo(x - side * 4, 30 + r.Range(0, 30));
            sides.QuadTo(x + side * 3, 80, x + side * r.Range(4, 10), 125);
        }
        pencil.Stroke(sides, 1.0f);
    }

    /// <summary>A lock gathered at a tie on the head's side (height 0 = ear level, 1 = crown), swinging out
    /// and down to a point.</summary>
    private static void DrawTail(Pencil pencil, FaceSpec s, int side, float height, SplitMix64 r)
    {
        var root = new SKPoint(side * (s.HalfWidth + s.HairVolume - 6), -12 - (s.CraniumHeight - 10) * height);
        var length = r.Range(70, 115);
        var swing = r.Range(18, 38);
        var width = r.Range(13, 20);
        var tip = new SKPoint(root.X + side * swing * 0.6f, root.Y + length);
        using var tail = new SKPath();
        tail.MoveTo(root.X, root.Y - width * 0.4f);
        tail.CubicTo(root.X + side * (swing + width * 1.5f), root.Y, root.X + side * (swing + width), tip.Y - length * 0.3f, tip.X, tip.Y);
        tail.CubicTo(root.X + side * swing * 0.7f, tip.Y - length * 0.35f, root.X + side * width * 0.6f, root.Y + length * 0.2f, root.X, root.Y + width * 0.5f);
        tail.Close();
        pencil.Fill(tail, s.HairTone);
        pencil.Stroke(tail, 1.0f);
        using var strands = new SKPath();
        for (var i = 0; i < 2; i++)
        {
            var t = 0.35f + 0.25f * i;
            strands.MoveTo(root.X + side * width * (0.5f + i * 0.3f), root.Y + 4);
            strands.QuadTo(root.X + side * (swing * t + width), root.Y + length * t, tip.X - side * 3 * i, tip.Y - length * 0.2f);
        }
        pencil.Stroke(strands, 0.5f, 0.7f);
        using var tie = new SKPath();
        tie.AddOval(SKRect.Create(root.X - 4, root.Y - 5, 8, 10));
        pencil.Erase(tie);
        pencil.Stroke(tie, 0.8f);
    }
}
