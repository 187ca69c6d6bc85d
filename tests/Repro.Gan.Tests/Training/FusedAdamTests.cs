using Repro.Gan.Training;
using TorchSharp.Modules;

namespace Repro.Gan.Tests.Training;

public class FusedAdamTests
{
    [Fact]
    public void Should_Match_Torch_Adam_Step_For_Step()
    {
        manual_seed(3);
        using var fusedParam = new Parameter(randn(100_003));   // not a multiple of the vector width or chunk
        using var torchParam = new Parameter(fusedParam.detach().clone());
        using var fused = new FusedAdam([fusedParam], 0.01, 0.5, 0.999, 1e-7);
        using var reference = optim.Adam([torchParam], 0.01, 0.5, 0.999, 1e-7);

        for (var step = 0; step < 5; step++)
        {
            using var scope = NewDisposeScope();
            var target = randn(100_003);
            foreach (var (p, zero) in new (Parameter, Action)[] { (fusedParam, fused.zero_grad), (torchParam, reference.zero_grad) })
            {
                zero();
                (p - target).pow(2).sum().backward();
            }
            fused.step();
            reference.step();
        }

        Assert.True(fusedParam.allclose(torchParam, rtol: 1e-5, atol: 1e-6));
    }

    [Fact]
    public void Should_Give_The_Bits_Of_A_Scalar_Loop_Whatever_The_Vector_Width()
    {
        // Elementwise IEEE operations (no reduction, no fused multiply-add): the Vector<float> body and the
        // scalar tail compute the same bits, so the machine's vector width cannot change the result.
        manual_seed(4);
        const int n = 1_037;   // not a multiple of any vector width
        var start = randn(n).data<float>().ToArray();
        var grad = randn(n).data<float>().ToArray();
        using var parameter = new Parameter(tensor(start));
        using var adam = new FusedAdam([parameter], 0.01, 0.1, 0.999, 1e-7);
        using (var g = tensor(grad)) (parameter * g).sum().backward();   // d/dp sum(p * g) = g, exactly

        adam.step();

        float b1 = 0.1f, b2 = 0.999f, eps = 1e-7f;
        var stepSize = (float)(0.01 / (1 - Math.Pow(0.1, 1)));
        var sqrtBc2 = (float)Math.Sqrt(1 - Math.Pow(0.999, 1));
        var expected = new float[n];
        for (var i = 0; i < n; i++)
        {
            var m = 0f * b1 + grad[i] * (1 - b1);
            var v = 0f * b2 + grad[i] * grad[i] * (1 - b2);
            expected[i] = start[i] - stepSize * m / (MathF.Sqrt(v) / sqrtBc2 + eps);
        }
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), parameter.data<float>().ToArray().Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void Should_Reject_State_For_Another_Model()
    {
        using var a = new Parameter(zeros(10));
        using var b = new Parameter(zeros(11));
        using var saved = new FusedAdam([a], 0.1, 0.5, 0.999, 1e-7);
        using var other = new FusedAdam([b], 0.1, 0.5, 0.999, 1e-7);
        var path = Path.GetTempFileName();
        try
        {
            saved.Save(path);
            var error = Assert.Throws<InvalidDataException>(() => other.Load(path));
            Assert.Contains("truncated or holds state for another model", error.Message);
        }
        finally { File.Delete(path); }
    }
}
