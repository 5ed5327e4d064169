namespace AutoPermits.Api.Persistence;

/// <summary>
/// One assessment of a case, never changed once written: a later supplement adds another. It keeps the exact
/// input it was made from and the rule-set version that made it, so the decision can be reproduced.
/// </summary>
public sealed class AssessmentRecord
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public int Sequence { get; set; }
    public DateTime At { get; set; }

    /// <summary>The day the rules were evaluated for (the submission or supplement day).</summary>
    public DateOnly AssessedOn { get; set; }

    /// <summary>The application exactly as assessed, CPR number left out (no rule reads it).</summary>
    public required string InputJson { get; set; }

    /// <summary>The engine's assessment as JSON: outcome, reasons in both languages, triage, facts, appeal.</summary>
    public required string AssessmentJson { get; set; }

    public required string Outcome { get; set; }
    public string? RuleSetId { get; set; }
    public string? RuleSetVersion { get; set; }
    public string? RuleSetSha256 { get; set; }
}
