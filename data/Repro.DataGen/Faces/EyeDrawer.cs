using Repro.Imaging;
using Repro.DataGen.Drawing;
using SkiaSharp;

namespace Repro.DataGen.Faces;

/// <summary>Large anime eyes: almond opening, thick upper lash line with a flick, iris (screentone gray),
/// pupil and highlights clipped to the opening; or a closed arc for laughing and winking.</summary>
internal static class EyeDrawer
{
    public static void Draw(Pencil pencil, SKCanvas canvas, FaceSpec s, SplitMix64 r)
    {
        foreach (var side in new[] { -1, 1 })
        {
            var closed = s.Expression == Expression.Laugh || (s.Expression == Expression.Wink && side == 1);
            if (closed) DrawClosed(pencil, s, side);
            else DrawOpen(pencil, canvas, s, side, r);
        }
    }

    private static void DrawClosed(Pencil pencil, FaceSpec s, int side)
    {
        var cx = side * s.EyeSpacing;
        using var arc = new SKPath();
        arc.MoveTo(cx + side * s.EyeWidth * 0.5f, 3);
        arc.QuadTo(cx, -s.EyeHeight * 0.45f, cx - side * s.EyeWidth * 0.45f, 3);
        pencil.Stroke(arc, 1.6f);
    }

    private static void DrawOpen(Pencil pencil, SKCanvas canvas, FaceSpec s, int side, SplitMix64 r)
    {
        var cx = side * s.EyeSpacing;
        var (w, h) = s.Expression == Expression.Surprised ? (s.EyeWidth * 1.05f, s.EyeHeight * 1.15f) : (s.EyeWidth, s.EyeHeight);
        var lid = s.Expression switch { Expression.Sleepy => h * 0.45f, Expression.Smile => h * 0.12f, _ => 0f };
        var outerY = s.Expression switch { Expression.Angry => -3f, Expression.Sad => 4f, _ => 1f };
        var outer = new SKPoint(cx + side * w / 2, outerY);
        var inner = new SKPoint(cx - side * w / 2, 2);
        using var upper = new SKPath();
        upper.MoveTo(outer);
        upper.CubicTo(cx + side * w * 0.35f, -h / 2 + lid, cx - side * w * 0.2f, -h / 2 + lid, inner.X, inner.Y);
        using var opening = new SKPath(upper);
        opening.CubicTo(cx - side * w * 0.25f, h * 0.5f, cx + side * w * 0.25f, h * 0.5f, outer.X, outer.Y);
        opening.Close();

        pencil.Erase(opening);
        canvas.Save();
        canvas.ClipPath(opening, SKClipOperation.Intersect, true);
        DrawIris(pencil, s, cx, w, h);
        canvas.Restore();

        pencil.Stroke(upper, 2.1f, 0.3f);
        using var flick = new SKPath();
        flick.MoveTo(outer);
        flick.LineTo(outer.X + side * r.Range(2, 5), outer.Y + r.Range(1, 4));
        if (r.Chance(0.5f))
        {
            flick.MoveTo(cx + side * w * 0.4f, -h * 0.3f + lid);
            flick.LineTo(cx + side * w * 0.62f, -h * 0.45f + lid);
        }
        pencil.Stroke(flick, 1.3f);
        using var lower = new SKPath();
        lower.MoveTo(cx + side * w * 0.38f, h * 0.3f);
        lower.QuadTo(cx + side * w * 0.05f, h * 0.5f, cx - side * w * 0.22f, h * 0.42f);
        pencil.Stroke(lower, 0.6f);
        if (s.EyeHeight > 21)
        {
            using var crease = new SKPath();
            crease.MoveTo(cx + side * w * 0.4f, -h * 0.5f + lid - 2);
            crease.QuadTo(cx, -h * 0.62f + lid - 3, cx - side * w * 0.3f, -h * 0.48f + lid - 1);
            pencil.Stroke(crease, 0.45f);
        }
    }

    private static void DrawIris(Pencil pencil, FaceSpec s, float cx, float w, float h)
    {
        var scale = s.Expression == Expression.Surprised ? 0.72f : 1f;
        var rx = w * 0.3f * scale;
        var ry = h * 0.44f * scale;
        var ix = cx + s.GazeX;
        var iy = h * 0.06f + s.GazeY;
        using var iris = new SKPath();
        iris.AddOval(new SKRect(ix - rx, iy - ry, ix + rx, iy + ry));
        pencil.Fill(iris, (byte)(70 + 110 * s.IrisShade));
        pencil.Stroke(iris, 0.9f, 0.2f);
        using var lowerGlow = new SKPath();
        lowerGlow.AddOval(new SKRect(ix - rx * 0.65f, iy + ry * 0.1f, ix + rx * 0.65f, iy + ry * 0.85f));
        pencil.Fill(lowerGlow, 255, 70);
        using var pupil = new SKPath();
        pupil.AddOval(new SKRect(ix - rx * 0.45f, iy - ry * 0.5f, ix + rx * 0.45f, iy + ry * 0.5f));
        pencil.Fill(pupil, s.Ink);
        using var shine = new SKPath();
        shine.AddCircle(ix - rx * 0.35f, iy - ry * 0.4f, Math.Max(1.8f, rx * 0.36f));
        shine.AddCircle(ix + rx * 0.4f, iy + ry * 0.35f, Math.Max(1f, rx * 0.15f));
        pencil.Fill(shine, 255);
    }
}
