namespace AutoPermits.Engine.Cases;

/// <summary>Where a case is in its life (spec/contract.md; issue "Cases that live").</summary>
public enum CaseState
{
    /// <summary>Decided: automatically at submission, or by a person.</summary>
    Decided,

    /// <summary>The citizen must supplement the application; it is assessed again when they do.</summary>
    NeedsInfo,

    /// <summary>Waiting in a queue for a caseworker.</summary>
    Queued,

    /// <summary>Claimed by a caseworker who is handling it.</summary>
    InReview,

    /// <summary>A needs-info request the citizen did not answer in time; the case is closed undecided.</summary>
    Expired,
}
