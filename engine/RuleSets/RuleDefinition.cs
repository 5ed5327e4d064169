using AutoPermits.Engine.Assessments;

namespace AutoPermits.Engine.RuleSets;

/// <summary>One row of a decision table: what it concludes when its expression holds, and why, in law and in words.</summary>
public sealed record RuleDefinition(string Name, string Code, Outcome Outcome, string? Queue, string LegalBasis, LocalizedText Message);
