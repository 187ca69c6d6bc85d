using Repro.Classifier;
using Repro.StageHost;

return StageProgram.Run(args, ClassifierStage.Run);
