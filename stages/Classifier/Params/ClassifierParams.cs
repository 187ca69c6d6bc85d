using Repro.StageHost;

namespace Repro.Classifier.Params;

/// <summary>The classifier.* params, read once (the engine has checked their ranges against stage.json).</summary>
internal sealed record ClassifierParams(int Size, int Faces, int HeldOut, int Epochs, int BatchSize, double Lr, int Seed, int Threads)
{
    public static ClassifierParams From(StageContext context) => new(
        context.GetInt("classifier.size"),
        context.GetInt("classifier.faces"),
        context.GetInt("classifier.heldOut"),
        context.GetInt("classifier.epochs"),
        context.GetInt("classifier.batchSize"),
        context.GetDouble("classifier.lr"),
        context.GetInt("classifier.seed"),
        context.GetInt("classifier.threads"));
}
