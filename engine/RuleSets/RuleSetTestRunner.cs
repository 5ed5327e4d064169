using System.Text;
using System.Text.Json;
using AutoPermits.Engine.Applications;

namespace AutoPermits.Engine.RuleSets;

/// <summary>One embedded test's result: passed, or what differed.</summary>
public sealed record RuleSetTestResult(string Name, bool Passed, string Detail);

/// <summary>
/// Runs the tests a rule set carries (its <c>Tests</c>) against that very rule set, with each test's own
/// submission date, so that a rule author proves a change before anyone else sees it.
/// </summary>
public sealed class RuleSetTestRunner(ApplicationReader reader, TimeSpan? budget = null)
{
    /// <summary>
    /// A rule set that loops fails its test instead of hanging the upload. The default is generous because the first
    /// test also compiles every expression of the rule set.
    /// </summary>
    private readonly TimeSpan _budget = budget ?? TimeSpan.FromSeconds(10);

    public async Task<IReadOnlyList<RuleSetTestResult>> RunAsync(RuleSet ruleSet)
    {
        var results = new List<RuleSetTestResult>();
        foreach (var test in ruleSet.Tests)
        {
            results.Add(await RunAsync(ruleSet, test));
        }
        return results;
    }

    private async Task<RuleSetTestResult> RunAsync(RuleSet ruleSet, RuleSetTest test)
    {
        var read = reader.Read(Encoding.UTF8.GetBytes(test.Application.GetRawText()), test.SubmittedOn);
        if (!read.IsValid)
        {
            var problems = read.Errors.ToDictionary().Select(e => $"{e.Key} {string.Join(", ", e.Value)}");
            return new RuleSetTestResult(test.Name, false, $"the test's application is not valid: {string.Join("; ", problems)}");
        }

        RuleVerdict verdict;
        try
        {
            verdict = await Task.Run(() => ruleSet.EvaluateAsync(read.Application!, test.SubmittedOn)).WaitAsync(_budget);
        }
        catch (RuleEvaluationException e)
        {
            return new RuleSetTestResult(test.Name, false, e.Message);
        }
        catch (TimeoutException)
        {
            return new RuleSetTestResult(test.Name, false, $"the rules ran past the time budget of {_budget.TotalSeconds:0.##} s");
        }

        var expect = test.Expect;
        var outcome = JsonNamingPolicy.KebabCaseLower.ConvertName(verdict.Outcome.ToString());
        var differences = new List<string>();
        if (outcome != expect.Outcome) differences.Add($"outcome {outcome}, expected {expect.Outcome}");
        if (verdict.Queue != expect.Queue) differences.Add($"queue {verdict.Queue ?? "none"}, expected {expect.Queue ?? "none"}");
        if (expect.ValuationDkk is { } value && verdict.ValuationDkk != value) differences.Add($"value {verdict.ValuationDkk}, expected {value}");
        foreach (var code in (expect.Reasons ?? []).Where(code => verdict.Reasons.All(r => r.Code != code)))
        {
            differences.Add($"reason {code} missing");
        }
        return new RuleSetTestResult(test.Name, differences.Count == 0, differences.Count == 0 ? "passed" : string.Join("; ", differences));
    }
}
