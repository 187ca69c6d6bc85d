namespace Repro.Engine.Benchmarks;

/// <summary>Generates the benchmark workspace: 10,000 small files (1-8 KiB), one 1 GiB file, and a chain of
/// five `once` stages (bench1..bench5) that each read the previous stage and one of the data sets.</summary>
internal static class BenchWorkspace
{
    public const int SmallFiles = 10_000;
    public const long BigBytes = 1L << 30;

    public static void Create(string root)
    {
        var random = new Random(42);
        var small = Directory.CreateDirectory(Path.Combine(root, "data", "small")).FullName;
        for (var i = 0; i < SmallFiles; i++)
        {
            var bytes = new byte[random.Next(1024, 8193)];
            random.NextBytes(bytes);
            File.WriteAllBytes(Path.Combine(small, $"{i:D5}.bin"), bytes);
        }
        using (var big = File.Create(Path.Combine(root, "data", "big.bin")))
        {
            var chunk = new byte[1 << 20];
            for (long written = 0; written < BigBytes; written += chunk.Length)
            {
                random.NextBytes(chunk);
                big.Write(chunk);
            }
        }
        File.WriteAllText(Path.Combine(root, "params.json"),
            """{ "defaults": { "bench": { "n": 1 } }, "experiments": { "x": {} }, "profiles": { "bench": {} } }""");
        for (var stage = 1; stage <= 5; stage++) AddStage(root, stage);
    }

    private static void AddStage(string root, int number)
    {
        var data = number % 2 == 0 ? "\"small\": { \"path\": \"data/small\" }" : "\"big\": { \"path\": \"data/big.bin\" }";
        var deps = number == 1 ? "\"small\": { \"path\": \"data/small\" }, \"big\": { \"path\": \"data/big.bin\" }"
            : $"\"prev\": {{ \"stage\": \"bench{number - 1}\" }}, {data}";
        var schema = number == 1 ? "\"schema\": { \"bench.n\": { \"type\": \"int\", \"min\": 0 } }," : "";
        var folder = Directory.CreateDirectory(Path.Combine(root, "stages", $"Bench{number}")).FullName;
        File.WriteAllText(Path.Combine(folder, "stage.json"), $$"""
            { "program": "bin/TestStages.dll", "foreach": "once", "deps": { {{deps}} },
              "params": ["bench.n"], {{schema}} "outs": ["out.txt"] }
            """);
        var bin = Directory.CreateDirectory(Path.Combine(folder, "bin")).FullName;
        foreach (var file in new[] { "TestStages.dll", "TestStages.runtimeconfig.json", "TestStages.deps.json", "Repro.StageHost.dll", "Repro.Contract.dll", "Newtonsoft.Json.dll", "System.IO.Hashing.dll" })
            File.Copy(Path.Combine(AppContext.BaseDirectory, file), Path.Combine(bin, file));
    }
}
