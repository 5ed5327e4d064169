using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.Cases;

namespace AutoPermits.Api.Cases;

/// <summary>Where an assessment puts a case, and what a machine may decide.</summary>
public static class Lifecycle
{
    public static CaseState StateAfter(Outcome outcome) => outcome switch
    {
        Outcome.Exempt or Outcome.Approved or Outcome.Valued => CaseState.Decided,
        Outcome.NeedsInfo => CaseState.NeedsInfo,
        Outcome.Manual => CaseState.Queued,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>The decision an automated outcome amounts to, or null when the assessment decides nothing.</summary>
    public static DecisionOutcome? AutomatedDecision(Outcome outcome) => outcome switch
    {
        Outcome.Exempt => DecisionOutcome.Exempt,
        Outcome.Approved => DecisionOutcome.Approved,
        Outcome.Valued => DecisionOutcome.Valued,
        Outcome.NeedsInfo or Outcome.Manual => null,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
