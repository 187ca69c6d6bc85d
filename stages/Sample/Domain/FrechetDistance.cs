using MathNet.Numerics.LinearAlgebra;

namespace Repro.Sample.Domain;

/// <summary>The Frechet distance between Gaussians fitted to two feature sets (Heusel et al. 2017's formula):
/// |mu_a - mu_b|^2 + tr(S_a) + tr(S_b) - 2 tr((S_a^1/2 S_b S_a^1/2)^1/2).
/// <para>Computed in the sets' own dimensions, never the features': with centred data X_a (n x d) and X_b
/// (m x d), S_a = X_a'X_a / (n - 1), and the eigenvalues of S_a^1/2 S_b S_a^1/2 are the squared singular values of
/// M = X_a X_b' / sqrt((n - 1)(m - 1)), so the trace term is M's nuclear norm: the square roots of the eigenvalues
/// of M M' (or M'M, whichever is smaller). Exact, and cheap for a few hundred images of 512 features (a 512 x 512 matrix
/// square root took half a second per call). MathNet's managed eigensolver gives the same bits on every CPU;
/// negative round-off eigenvalues are clipped to 0. Biased upwards for small sets, which is why it is only
/// ever read against a floor of the same set sizes.</para></summary>
internal static class FrechetDistance
{
    public static double Between(float[][] a, float[][] b)
    {
        var (meanA, xa) = Centred(a);
        var (meanB, xb) = Centred(b);
        var scale = Math.Sqrt(Math.Max(a.Length - 1, 1) * (double)Math.Max(b.Length - 1, 1));
        var m = xa.TransposeAndMultiply(xb) / scale;
        var gram = a.Length <= b.Length ? m.TransposeAndMultiply(m) : m.TransposeThisAndMultiply(m);
        var eigenvalues = gram.Evd(Symmetricity.Symmetric).EigenValues.Select(l => l.Real).ToArray();
        // The Gram matrix's rank is at most the features': its other eigenvalues are zeros that round-off makes
        // about 1e-16 of the largest, whose square roots would add up to a visible error.
        var floor = 1e-12 * Math.Max(eigenvalues.Max(), 0);
        var traceRoot = eigenvalues.Where(l => l > floor).Sum(Math.Sqrt);
        var traceA = xa.FrobeniusNorm() * xa.FrobeniusNorm() / Math.Max(a.Length - 1, 1);
        var traceB = xb.FrobeniusNorm() * xb.FrobeniusNorm() / Math.Max(b.Length - 1, 1);
        return (meanA - meanB).DotProduct(meanA - meanB) + traceA + traceB - 2 * traceRoot;
    }

    private static (Vector<double> Mean, Matrix<double> Centred) Centred(float[][] set)
    {
        var x = Matrix<double>.Build.Dense(set.Length, set[0].Length, (i, j) => set[i][j]);
        var mean = x.ColumnSums() / set.Length;
        return (mean, x - Matrix<double>.Build.Dense(set.Length, mean.Count, (_, j) => mean[j]));
    }
}
