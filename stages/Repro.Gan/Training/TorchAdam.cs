namespace Repro.Gan.Training;

/// <summary>TorchSharp's own Adam (about eight tensor passes per step), kept as the reference the fused
/// optimizer is measured and tested against.</summary>
internal sealed class TorchAdam(IEnumerable<Parameter> parameters, double lr, double beta1, double beta2, double eps) : IAdam
{
    private readonly Adam _adam = optim.Adam(parameters, lr, beta1, beta2, eps);

    public void zero_grad() => _adam.zero_grad();
    public void step() => _adam.step();
    public void Save(string path) => _adam.save_state_dict(path);
    public void Load(string path) => _adam.load_state_dict(path);
    public void Dispose() => _adam.Dispose();
}
