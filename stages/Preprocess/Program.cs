using Repro.Preprocess;
using Repro.StageHost;

return StageProgram.Run(args, PreprocessStage.Run);
