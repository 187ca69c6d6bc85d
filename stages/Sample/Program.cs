using Repro.Sample;
using Repro.StageHost;

return StageProgram.Run(args, SampleStage.Run);
