namespace Repro.Engine.Tests.Support;

/// <summary>The test pipeline's definition: params.json and the four stage.json files.</summary>
internal static class TestPipeline
{
    public const string Params = """
        {
          "defaultProfile": { "otherwise": "quick" },
          "defaults": {
            "prep": { "source": "data/in", "suffix": "!", "fail": 0, "sleep": 0, "undeclared": false },
            "aug": { "repeat": 2 },
            "fit": { "factor": 1.5, "label": "a", "snapshots": 2, "fail": 0, "sleep": 0, "undeclared": false, "notes": "" },
            "report": { "title": "Models" }
          },
          "experiments": {
            "e1": { "description": "first experiment", "fit": { "factor": 1.5 } },
            "e2": { "description": "second experiment", "fit": { "factor": 2.0, "label": "b" } }
          },
          "profiles": {
            "quick": {
              "description": "the default in tests",
              "aug": { "repeat": 3 },
              "experiments": { "e2": { "fit": { "snapshots": 3 } } }
            },
            "ci": { "description": "another profile", "aug": { "repeat": 1 } }
          }
        }
        """;

    private const string Prep = """
        {
          "program": "bin/TestStages.dll",
          "foreach": "experiment",
          "deps": { "source": { "path": "${prep.source}" } },
          "params": ["prep.*"],
          "schema": {
            "prep.source": { "type": "path", "description": "folder of inputs" },
            "prep.suffix": { "type": "string", "description": "appended to every file" },
            "prep.fail": { "type": "int", "min": 0, "max": 255, "description": "exit with this code" },
            "prep.sleep": { "type": "int", "min": 0, "max": 600000, "description": "sleep this many ms" },
            "prep.undeclared": { "type": "bool", "description": "write an undeclared file" }
          },
          "outs": ["files", "manifest.txt"],
          "env": { "REPRO_TEST_DIR": "$TESTDIR" }
        }
        """;

    private const string Aug = """
        {
          "program": "bin/TestStages.dll",
          "deps": { "prepared": { "stage": "prep" } },
          "params": ["aug.*"],
          "schema": { "aug.repeat": { "type": "int", "min": 1, "max": 10, "description": "how often the data repeats" } },
          "outs": ["data.txt"],
          "env": { "REPRO_TEST_DIR": "$TESTDIR" }
        }
        """;

    private const string Fit = """
        {
          "program": "bin/TestStages.dll",
          "foreach": "experiment",
          "deps": { "data": { "stage": "aug" } },
          "params": ["fit.factor", "fit.label", "fit.snapshots", "fit.fail", "fit.sleep", "fit.undeclared"],
          "schema": {
            "fit.factor": { "type": "number", "min": 0, "max": 100, "description": "score multiplier" },
            "fit.label": { "type": "string", "values": ["a", "b", "c"], "description": "model label" },
            "fit.snapshots": { "type": "int", "min": 0, "max": 20, "description": "snapshot count" },
            "fit.fail": { "type": "int", "min": 0, "max": 255, "description": "exit with this code" },
            "fit.sleep": { "type": "int", "min": 0, "max": 600000, "description": "sleep this many ms" },
            "fit.undeclared": { "type": "bool", "description": "write an undeclared file" },
            "fit.notes": { "type": "string", "description": "free notes no stage reads" }
          },
          "outs": ["model.txt", "snapshots", "metrics.json"],
          "env": { "REPRO_TEST_DIR": "$TESTDIR" },
          "metrics": { "score": { "at": "metrics.json:score", "absolute": 0.5 } }
        }
        """;

    private const string Report = """
        {
          "program": "bin/TestStages.dll",
          "foreach": "once",
          "deps": { "models": { "stage": "fit", "experiments": "all" } },
          "params": ["report.*"],
          "schema": { "report.title": { "type": "string", "description": "heading" } },
          "outs": ["summary.md"],
          "runNotes": "changes.md",
          "env": { "REPRO_TEST_DIR": "$TESTDIR" }
        }
        """;

    public static IReadOnlyList<(string Folder, string StageJson)> Stages =>
        [("Prep", Prep), ("Aug", Aug), ("Fit", Fit), ("Report", Report)];
}
