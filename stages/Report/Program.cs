using Repro.Report;
using Repro.StageHost;

return StageProgram.Run(args, ReportStage.Run);
