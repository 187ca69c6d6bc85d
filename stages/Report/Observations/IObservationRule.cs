using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Observations;

/// <summary>One rule over an experiment's numbers: an observation when it fires, null when it stays silent.</summary>
internal interface IObservationRule
{
    Observation? Apply(Experiment experiment, ReportParams p);
}
