using Repro.Imaging;
using Repro.DataGen.Drawing;
using SkiaSharp;

namespace Repro.DataGen.Faces;

/// <summary>Eyebrows, nose, mouth and blush: the small strokes that carry the expression.</summary>
internal static class FeatureDrawer
{
    public static void DrawBrows(Pencil pencil, FaceSpec s)
    {
        var (inner, outer, arch) = s.Expression switch
        {
            Expression.Angry => (6f, -3f, 1f),
            Expression.Sad => (-5f, 3f, 2f),
            Expression.Surprised => (-6f, -5f, 5f),
            Expression.Laugh => (-2f, 0f, 4f),
            _ => (0f, 0f, 3f),
        };
        foreach (var side in new[] { -1, 1 })
        {
            var cx = side * s.EyeSpacing;
            var y = -s.EyeHeight / 2 - 8;
            using var brow = new SKPath();
            brow.MoveTo(cx - side * s.EyeWidth * 0.4f, y + inner);
            brow.QuadTo(cx + side * s.EyeWidth * 0.05f, y - arch + (inner + outer) / 2, cx + side * s.EyeWidth * 0.6f, y + outer + 2);
            pencil.Stroke(brow, 0.9f);
        }
    }

    public static void DrawNose(Pencil pencil, FaceSpec s, SplitMix64 r)
    {
        var y = s.ChinY * 0.38f;
        var x = r.Range(-2, 2);
        using var nose = new SKPath();
        if (r.Chance(0.6f))
        {
            nose.MoveTo(x + 1, y - 6);
            nose.QuadTo(x - 3, y - 1, x + 1, y + 1);
        }
        else
        {
            nose.MoveTo(x - 2, y);
            nose.LineTo(x + 2, y + 1);
        }
        pencil.Stroke(nose, 0.7f);
    }

    public static void DrawMouth(Pencil pencil, FaceSpec s, SplitMix64 r)
    {
        var y = s.ChinY * 0.68f;
        var half = r.Range(5, 9);
        using var mouth = new SKPath();
        switch (s.Expression)
        {
            case Expression.Laugh or Expression.Surprised:
                var depth = s.Expression == Expression.Laugh ? half * 1.3f : half * 1.1f;
                if (s.Expression == Expression.Laugh) { mouth.MoveTo(-half * 1.2f, y); mouth.LineTo(half * 1.2f, y); }
                else { mouth.MoveTo(-half * 0.6f, y + depth * 0.3f); mouth.QuadTo(0, y - 2, half * 0.6f, y + depth * 0.3f); }
                mouth.QuadTo(0, y + depth * 1.6f, mouth.Points[0].X, mouth.Points[0].Y);
                mouth.Close();
                pencil.Fill(mouth, 95);
                break;
            case Expression.Smile:
                mouth.MoveTo(-half, y);
                mouth.QuadTo(0, y + half * 0.8f, half, y - 1);
                break;
            case Expression.Wink:
                mouth.MoveTo(-half, y);
                mouth.QuadTo(-half / 2, y + 4, 0, y);
                mouth.QuadTo(half / 2, y + 4, half, y);
                break;
            case Expression.Angry or Expression.Sad:
                mouth.MoveTo(-half, y + 2);
                mouth.QuadTo(0, y - 3, half, y + 2);
                break;
            default:
                mouth.MoveTo(-half * 0.6f, y);
                mouth.QuadTo(0, y + 1.5f, half * 0.6f, y);
                break;
        }
        pencil.Stroke(mouth, 0.9f);
    }

    public static void DrawBlush(Pencil pencil, FaceSpec s)
    {
        using var hatch = new SKPath();
        foreach (var side in new[] { -1, 1 })
            for (var i = 0; i < 4; i++)
            {
                var x = side * (s.EyeSpacing + 2) + (i - 1.5f) * 3.5f;
                hatch.MoveTo(x + 1.5f, s.EyeHeight * 0.5f + 6);
                hatch.LineTo(x - 1.5f, s.EyeHeight * 0.5f + 11);
            }
        pencil.Stroke(hatch, 0.4f, 0.3f);
    }
}
