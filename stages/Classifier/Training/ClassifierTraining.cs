using Repro.Classifier.Faces;
using Repro.Gan.Classifier;
using Repro.Imaging;

namespace Repro.Classifier.Training;

/// <summary>Fits the face classifier: Adam on the sum of the heads' cross-entropies, a seeded batch order and a
/// seeded horizontal flip per face and epoch (run 3 trains on mirrored drawings; no attribute changes under a
/// flip).</summary>
internal static class ClassifierTraining
{
    public static FaceClassifier Fit(LabelledFaces faces, int size, IReadOnlyList<int> classes, int epochs, int batchSize,
        double lr, int seed, Action<int, double> epochDone, CancellationToken cancellation)
    {
        manual_seed(seed);
        var model = new FaceClassifier(classes);
        using var adam = optim.Adam(model.parameters(), lr);
        var random = new SplitMix64((ulong)seed ^ 0x6F72646572UL);
        var order = Enumerable.Range(0, faces.Count).ToArray();
        model.train();
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = random.Int(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }
            double lossSum = 0;
            for (var start = 0; start < order.Length; start += batchSize)
            {
                cancellation.ThrowIfCancellationRequested();
                using var scope = NewDisposeScope();
                var batch = order.Skip(start).Take(batchSize).ToArray();
                var images = batch.Select(k => random.Chance(0.5f) ? Mirror(faces.Images[k], size) : faces.Images[k]).ToArray();
                var logits = model.Heads(model.Features(UnitImages.ToTensor(images, size)));
                var loss = logits.Select((l, h) => nn.functional.cross_entropy(l, Labels(faces, batch, h))).Aggregate((a, b) => a + b);
                adam.zero_grad();
                loss.backward();
                adam.step();
                lossSum += loss.item<float>() * batch.Length;
            }
            epochDone(epoch, lossSum / faces.Count);
        }
        model.eval();
        return model;
    }

    /// <summary>Per head, the share of faces whose most likely class is the true one.</summary>
    public static double[] Accuracy(FaceClassifier model, LabelledFaces faces, int size)
    {
        var correct = new long[model.HeadCount];
        using var noGrad = no_grad();
        for (var start = 0; start < faces.Count; start += 256)
        {
            using var scope = NewDisposeScope();
            var batch = Enumerable.Range(start, Math.Min(256, faces.Count - start)).ToArray();
            var logits = model.Heads(model.Features(UnitImages.ToTensor(batch.Select(k => faces.Images[k]).ToArray(), size)));
            for (var h = 0; h < logits.Length; h++)
                correct[h] += logits[h].argmax(1).eq(Labels(faces, batch, h)).sum().item<long>();
        }
        return correct.Select(c => c / (double)faces.Count).ToArray();
    }

    private static Tensor Labels(LabelledFaces faces, int[] batch, int head) =>
        tensor(batch.Select(k => (long)faces.Labels[k][head]).ToArray());

    private static float[] Mirror(float[] image, int size)
    {
        var mirror = (float[])image.Clone();
        for (var row = 0; row < mirror.Length; row += size) mirror.AsSpan(row, size).Reverse();
        return mirror;
    }
}
