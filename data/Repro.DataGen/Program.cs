using Repro.DataGen.Faces;

// Regenerates data/raw: `dotnet run --project data/Repro.DataGen -c Release -- data/raw`.
var outDir = args.Length == 1 ? args[0] : throw new ArgumentException("usage: Repro.DataGen OUTPUT_FOLDER (e.g. data/raw)");
Directory.CreateDirectory(outDir);
var written = 0;
Parallel.For(0, FaceDataset.Count, i =>
{
    File.WriteAllBytes(Path.Combine(outDir, FaceDataset.FileName(i)), FaceDataset.RenderPng(i));
    Interlocked.Increment(ref written);
});
Console.WriteLine($"Wrote {written} faces ({FaceDataset.Size}x{FaceDataset.Size}, 8-bit gray PNG) to {Path.GetFullPath(outDir)}");
return 0;
