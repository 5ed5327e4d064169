using AutoPermits.Engine.Assessments;

namespace AutoPermits.Engine.Tests.RuleSets;

/// <summary>A rule evaluation that throws or runs too long sends the case to a person; it never decides.</summary>
public sealed class EvaluationFailureTests
{
    [Fact]
    public async Task A_rule_that_throws_sends_the_case_to_a_person()
    {
        var copy = RuleSetFile.Copy("carport");
        // Divides by zero for every application: the plot-ratio test can then never pass or fail.
        RuleSetFile.Param(copy, "plotRatio")["Expression"] = "input.existingFloorAreaM2 / (input.plotAreaM2 - input.plotAreaM2)";
        var engine = RuleSetFile.EngineWith(RuleSetFile.Parse(copy));

        var assessment = await engine.AssessAsync(Samples.Carport());

        Assert.Equal(Outcome.Manual, assessment.Outcome);
        Assert.Equal("building", assessment.Queue);
        Assert.Equal("rules.evaluation-failed", Assert.Single(assessment.Reasons).Code);
        Assert.Equal("carport", assessment.RuleSet?.Id);
    }

    [Fact]
    public async Task A_rule_that_runs_past_the_time_budget_sends_the_case_to_a_person()
    {
        var copy = RuleSetFile.Copy("vehicle-valuation");
        // Quartic in the number of ads: a third of a second of work or more, far beyond a 20 ms budget.
        RuleSetFile.Param(copy, "eligibleCount")["Expression"] =
            "eligible.Count + input.comparables.Sum(a => input.comparables.Sum(b => input.comparables.Sum(c => input.comparables.Count(e => e.priceDkk > a.priceDkk + b.priceDkk + c.priceDkk)))) * 0";
        var ruleBook = new Engine.RuleSets.RuleBook([RuleSetFile.Parse(copy)]);
        var shared = TestEngine.Shared;
        var application = Samples.Vehicle(d =>
        {
            var ads = d["comparables"]!.AsArray();
            while (ads.Count < 60) ads.Add(ads[0]!.DeepClone());
        });
        var read = shared.Read(application.ToJsonString());

        var hurried = await new Assessor(shared.Catalogue, shared.Guard, ruleBook, TimeSpan.FromMilliseconds(20))
            .AssessAsync(read.Application!, TestEngine.SpecDay);
        var patient = await new Assessor(shared.Catalogue, shared.Guard, ruleBook, TimeSpan.FromMinutes(2))
            .AssessAsync(read.Application!, TestEngine.SpecDay);

        Assert.Equal(Outcome.Manual, hurried.Outcome);
        Assert.Equal("vehicles", hurried.Queue);
        Assert.Equal("rules.evaluation-failed", Assert.Single(hurried.Reasons).Code);
        // Given the time, the same rules do decide: it was the budget, not an error, that stopped them.
        Assert.Equal(Outcome.Valued, patient.Outcome);
    }

    [Fact]
    public async Task Without_a_rule_set_in_force_a_person_decides()
    {
        var engine = new TestEngine(ruleBook: new Engine.RuleSets.RuleBook([]));

        var assessment = await engine.AssessAsync(Samples.Carport());

        Assert.Equal(Outcome.Manual, assessment.Outcome);
        Assert.Equal("building", assessment.Queue);
        Assert.Equal("rules.unavailable", Assert.Single(assessment.Reasons).Code);
    }
}
