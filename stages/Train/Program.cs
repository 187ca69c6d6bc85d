using Repro.Train;

return StageProgram.Run(args, context => TrainStage.Run(context, TrainHooks.None));
