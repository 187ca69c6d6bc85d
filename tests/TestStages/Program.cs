using Repro.Contract;
using Repro.StageHost;
using TestStages;

// Test-only hooks: every start is appended to $REPRO_TEST_DIR/starts.log (outside the staging folder, so
// tests can prove a stage process did NOT start); `<stage>.sleep` writes a pid file and sleeps so a test can
// SIGKILL it; `<stage>.fail` exits with that code; `<stage>.undeclared` writes a file nobody declared.
return StageProgram.Run(args, context =>
{
    TestHooks.RecordStart(context);
    TestHooks.Misbehave(context);
    switch (context.Stage)
    {
        case "prep": Behaviours.Prep(context); break;
        case "aug": Behaviours.Aug(context); break;
        case "fit": Behaviours.Fit(context); break;
        case "report": Behaviours.Summary(context); break;
        case var bench when bench.StartsWith("bench", StringComparison.Ordinal): Behaviours.Bench(context); break;
        default: throw new StageInputException($"TestStages has no behaviour for stage '{context.Stage}'.");
    }
    context.SetProvenance("threads", 1);
    context.SetProvenance("library", "TestStages 1.0");
});
