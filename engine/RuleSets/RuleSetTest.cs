using System.Text.Json;

namespace AutoPermits.Engine.RuleSets;

/// <summary>
/// A test a rule set carries with it: an application, the day it is submitted, and what the rule set must conclude.
/// </summary>
public sealed record RuleSetTest(string Name, DateOnly SubmittedOn, JsonElement Application, RuleSetTestExpectation Expect);

public sealed record RuleSetTestExpectation(string Outcome, string? Queue = null, decimal? ValuationDkk = null, IReadOnlyList<string>? Reasons = null);
