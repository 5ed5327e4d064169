namespace AutoPermits.Engine.Assessments;

/// <summary>What an assessment concludes. There is no automated rejection: a "no" is always a person's.</summary>
public enum Outcome
{
    /// <summary>No permit is needed (guidance, not an administrative decision).</summary>
    Exempt,

    /// <summary>A bound decision: the law says the municipality cannot refuse.</summary>
    Approved,

    /// <summary>A value was computed (<see cref="Assessment.ValuationDkk"/>).</summary>
    Valued,

    /// <summary>The citizen must supply something before anything can be decided.</summary>
    NeedsInfo,

    /// <summary>A person decides, in <see cref="Assessment.Queue"/>.</summary>
    Manual,
}
