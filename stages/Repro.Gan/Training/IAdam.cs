namespace Repro.Gan.Training;

/// <summary>An Adam optimizer whose full state can be saved and restored bit for bit.</summary>
internal interface IAdam : IDisposable
{
    void zero_grad();
    void step();
    void Save(string path);
    void Load(string path);
}
