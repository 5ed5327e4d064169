using AutoPermits.Engine.Triage;

namespace AutoPermits.Engine.Assessments;

public sealed record LocalizedText(string Da, string En)
{
    public string In(string language) => language == "da" ? Da : En;
}

/// <summary>One reason for an outcome: a stable code, the law it rests on, and plain words for the citizen.</summary>
public sealed record Reason(string Code, string LegalBasis, LocalizedText Message);

/// <summary>The exact rule-set version an assessment was made by: the file's content hash proves which.</summary>
public sealed record RuleSetRef(string Id, string Version, string Sha256);

/// <summary>Where and how soon a decision can be appealed (forvaltningsloven § 25).</summary>
public sealed record AppealGuidance(string Body, int? Weeks, int? Months, LocalizedText Message);

/// <summary>
/// The result of triage and rules for one application (spec/contract.md, "An assessment").
/// </summary>
/// <param name="Facts">The values the rule set computed and relied on (areas, ratios, means), by name.</param>
public sealed record Assessment(
    string ApplicationType,
    Outcome Outcome,
    string? Queue,
    decimal? ValuationDkk,
    IReadOnlyList<Reason> Reasons,
    TriageVerdict Triage,
    RuleSetRef? RuleSet,
    IReadOnlyDictionary<string, object>? Facts,
    AppealGuidance? Appeal)
{
    public bool Automated => Outcome != Outcome.Manual;
}
