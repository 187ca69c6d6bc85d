using Repro.Augment;
using Repro.StageHost;

return StageProgram.Run(args, AugmentStage.Run);
