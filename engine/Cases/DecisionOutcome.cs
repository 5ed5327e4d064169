namespace AutoPermits.Engine.Cases;

/// <summary>
/// What a decision concludes. A machine decides only <see cref="Exempt"/>, <see cref="Approved"/> and
/// <see cref="Valued"/>; <see cref="Refused"/> is always a person's.
/// </summary>
public enum DecisionOutcome
{
    Exempt,
    Approved,
    Valued,
    Refused,
}
