using Repro.Imaging;
using Repro.DataGen.Drawing;
using SkiaSharp;

namespace Repro.DataGen.Faces;

/// <summary>Draws one face on white paper, back to front, and returns its 8-bit gray pixels.</summary>
internal static class FaceRenderer
{
    public static byte[] Render(FaceSpec s, SplitMix64 r, int size)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Translate(size / 2f + s.OffsetX, size * 0.47f + s.OffsetY);
            canvas.RotateDegrees(s.Tilt);
            canvas.Scale(s.Scale * size / 200f);
            var pencil = new Pencil(canvas, r.Fork(1), s.LineWeight, s.Ink);
            HairBack.Draw(pencil, s, r.Fork(2));
            HeadDrawer.DrawBody(pencil, s);
            HeadDrawer.DrawFace(pencil, s);
            HairFront.Draw(pencil, s, r.Fork(3));
            EyeDrawer.Draw(pencil, canvas, s, r.Fork(4));
            FeatureDrawer.DrawBrows(pencil, s);
            FeatureDrawer.DrawNose(pencil, s, r.Fork(5));
            FeatureDrawer.DrawMouth(pencil, s, r.Fork(6));
            if (s.Blush) FeatureDrawer.DrawBlush(pencil, s);
        }
        return PencilGrain(bitmap, r.Fork(7));
    }

    /// <summary>Takes the gray channel and roughens the strokes only (graphite on paper tooth); white paper
    /// stays exactly white, which keeps the PNGs small.</summary>
    private static byte[] PencilGrain(SKBitmap bitmap, SplitMix64 r)
    {
        var rgba = bitmap.GetPixelSpan();
        var gray = new byte[bitmap.Width * bitmap.Height];
        for (var i = 0; i < gray.Length; i++)
        {
            var darkness = 255 - rgba[4 * i];
            var tooth = 0.78f + 0.22f * r.Next();
            gray[i] = (byte)(255 - (int)MathF.Round(darkness * tooth));
        }
        return gray;
    }
}
