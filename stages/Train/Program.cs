using Repro.Train;
using Repro.Train.Generate;

// `Train.dll REQUEST.json` runs the stage; `Train.dll --generate REQUEST.json` draws from a trained generator.
return args is ["--generate", var request]
    ? GenerateTool.Run(request)
    : StageProgram.Run(args, context => TrainStage.Run(context, TrainHooks.None));
