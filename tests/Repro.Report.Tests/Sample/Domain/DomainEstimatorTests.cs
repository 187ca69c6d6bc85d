using Repro.Sample.Domain;

namespace Repro.Report.Tests.Sample.Domain;

public class DomainEstimatorTests
{
    private static float[][] Gaussian(int count, int dims, int seed, float shift = 0, float scale = 1)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, dims).Select(_ =>
        {
            // Box-Muller from two uniforms.
            var u = 1 - random.NextDouble();
            return (float)(Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * random.NextDouble())) * scale + shift;
        }).ToArray()).ToArray();
    }

    [Fact]
    public void Frechet_Distance_Should_Be_Zero_For_A_Set_And_The_Squared_Shift_For_A_Moved_Copy()
    {
        var a = Gaussian(60, 8, seed: 1);
        var moved = a.Select(v => v.Select((x, i) => x + (i == 0 ? 3f : 0f)).ToArray()).ToArray();

        Assert.InRange(FrechetDistance.Between(a, a), -1e-6, 1e-6);
        Assert.InRange(FrechetDistance.Between(a, moved), 9 - 1e-4, 9 + 1e-4);   // same covariance: only |mu_a - mu_b|^2
    }

    [Fact]
    public void Frechet_Distance_Should_Grow_With_A_Change_Of_Spread_And_Handle_Fewer_Images_Than_Features()
    {
        var narrow = Gaussian(40, 64, seed: 2);
        var wide = Gaussian(40, 64, seed: 3, scale: 3);
        var same = Gaussian(40, 64, seed: 4);

        var fd = FrechetDistance.Between(narrow, wide);
        Assert.True(double.IsFinite(fd));
        Assert.True(fd > 5 * FrechetDistance.Between(narrow, same), $"{fd} against {FrechetDistance.Between(narrow, same)}");
    }

    [Fact]
    public void Frechet_Distance_Should_Equal_The_Textbook_Formula_With_Matrix_Square_Roots()
    {
        // Heusel et al.'s formula computed directly in feature space, with symmetric square roots.
        var a = Gaussian(30, 6, seed: 8);
        var b = Gaussian(20, 6, seed: 9, shift: 0.5f, scale: 2);
        static (MathNet.Numerics.LinearAlgebra.Vector<double>, MathNet.Numerics.LinearAlgebra.Matrix<double>) Moments(float[][] set)
        {
            var x = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(set.Length, set[0].Length, (i, j) => set[i][j]);
            var mean = x.ColumnSums() / set.Length;
            var c = x - MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(set.Length, mean.Count, (_, j) => mean[j]);
            return (mean, c.TransposeThisAndMultiply(c) / (set.Length - 1));
        }
        static MathNet.Numerics.LinearAlgebra.Matrix<double> Sqrt(MathNet.Numerics.LinearAlgebra.Matrix<double> m)
        {
            var evd = m.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
            var roots = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(evd.EigenValues.Count, i => Math.Sqrt(Math.Max(evd.EigenValues[i].Real, 0)));
            return evd.EigenVectors * MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DiagonalOfDiagonalVector(roots) * evd.EigenVectors.Transpose();
        }
        var (ma, ca) = Moments(a);
        var (mb, cb) = Moments(b);
        var rootA = Sqrt(ca);
        var cross = Sqrt(rootA * cb * rootA).Trace();
        var expected = (ma - mb).DotProduct(ma - mb) + ca.Trace() + cb.Trace() - 2 * cross;

        Assert.Equal(expected, FrechetDistance.Between(a, b), 8);
    }

    [Fact]
    public void Precision_Recall_Density_Coverage_Should_Be_Perfect_For_A_Set_Against_Itself_And_Zero_Against_A_Far_One()
    {
        var real = Gaussian(50, 4, seed: 5);
        var far = Gaussian(50, 4, seed: 6, shift: 100);

        Assert.Equal((1.0, 1.0), Manifolds.PrecisionRecall(real, real));
        Assert.Equal((0.0, 0.0), Manifolds.PrecisionRecall(real, far));
        var (density, coverage) = Manifolds.DensityCoverage(real, real);
        Assert.Equal(1.0, coverage);
        Assert.True(density >= 1, $"a point lies in its own ball and in those of up to 5 neighbours: density {density}");
        Assert.Equal((0.0, 0.0), Manifolds.DensityCoverage(real, far));
    }

    [Fact]
    public void A_Collapsed_Set_Should_Keep_Precision_But_Lose_Recall_And_Coverage()
    {
        var real = Gaussian(60, 4, seed: 7);
        var collapsed = Enumerable.Range(0, 60).Select(i => real[0].Select(x => x + 1e-3f * (i % 3)).ToArray()).ToArray();

        var (precision, recall) = Manifolds.PrecisionRecall(real, collapsed);
        var (_, coverage) = Manifolds.DensityCoverage(real, collapsed);

        Assert.Equal(1.0, precision);
        Assert.True(recall < 0.2, $"recall {recall}");
        Assert.True(coverage < 0.2, $"coverage {coverage}");
    }

    [Fact]
    public void Jensen_Shannon_Should_Be_Zero_For_Equal_Shares_And_One_Bit_For_Disjoint_Histograms()
    {
        Assert.Equal(0, AttributeCounts.JensenShannon([10, 20, 30], [1, 2, 3]), 12);
        Assert.Equal(1, AttributeCounts.JensenShannon([5, 0], [0, 7]), 12);
        Assert.Equal(3, AttributeCounts.Combinations([[0, 1], [0, 1], [1, 1], [1, 0]]));
    }
}
