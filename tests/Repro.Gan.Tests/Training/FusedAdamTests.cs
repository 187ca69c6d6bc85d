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
