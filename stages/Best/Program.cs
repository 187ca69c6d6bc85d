using Repro.Best;
using Repro.Train.Generate;

// `Best.dll REQUEST.json` runs the stage; `Best.dll --generate REQUEST.json` draws from the best generator.
return args is ["--generate", var request]
    ? GenerateTool.Run(request)
    : StageProgram.Run(args, BestStage.Run);
