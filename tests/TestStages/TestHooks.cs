using Repro.StageHost;

namespace TestStages;

/// <summary>What the tests observe and provoke from outside the stage's outputs.</summary>
internal static class TestHooks
{
    public static void RecordStart(StageContext context)
    {
        var dir = Environment.GetEnvironmentVariable("REPRO_TEST_DIR");
        if (dir is not null) File.AppendAllText(Path.Combine(dir, "starts.log"), context.InstanceName + "\n");
    }

    public static void Misbehave(StageContext context)
    {
        var prefix = context.Stage + ".";
        if (context.Request.Params.ContainsKey(prefix + "sleep") && context.GetInt(prefix + "sleep") is > 0 and var sleep)
        {
            File.WriteAllText(context.OutPath("partial.txt"), "half written");
            var dir = Environment.GetEnvironmentVariable("REPRO_TEST_DIR");
            if (dir is not null) File.WriteAllText(Path.Combine(dir, context.InstanceName + ".pid"), Environment.ProcessId.ToString());
            Task.Delay(sleep, context.Cancellation).GetAwaiter().GetResult();
            File.Delete(context.OutPath("partial.txt"));
        }
        if (context.Request.Params.ContainsKey(prefix + "fail") && context.GetInt(prefix + "fail") is > 0 and var code)
        {
            File.WriteAllText(context.OutPath("partial.txt"), "half written");
            for (var i = 1; i <= 25; i++) Console.Error.WriteLine($"{context.InstanceName}: diagnostic line {i}");
            Environment.Exit(code);
        }
        if (context.Request.Params.ContainsKey(prefix + "undeclared") && context.GetBool(prefix + "undeclared"))
            File.WriteAllText(context.OutPath("stray.tmp"), "nobody declared me");
    }
}
