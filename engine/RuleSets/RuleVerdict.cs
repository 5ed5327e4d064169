using AutoPermits.Engine.Assessments;

namespace AutoPermits.Engine.RuleSets;

/// <summary>What a rule set concluded for one application.</summary>
public sealed record RuleVerdict(
    Outcome Outcome,
    string? Queue,
    decimal? ValuationDkk,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyDictionary<string, object> Facts);

/// <summary>A rule set could not be evaluated for an application; the case goes to a person.</summary>
public sealed class RuleEvaluationException(string message) : Exception(message);
