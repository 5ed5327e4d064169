using AutoPermits.Engine.RuleSets;

namespace AutoPermits.Engine.Tests.RuleSets;

/// <summary>Every rule set carries its own tests; they pass, and a broken rule makes them fail.</summary>
public sealed class EmbeddedTestsTests
{
    [Theory]
    [InlineData("carport")]
    [InlineData("vehicle-valuation")]
    public async Task The_tests_a_rule_set_carries_pass(string id)
    {
        var ruleSet = TestEngine.Shared.RuleBook.InForce(id, TestEngine.SpecDay)!;

        var results = await new RuleSetTestRunner(TestEngine.Shared.Reader).RunAsync(ruleSet);

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.Passed, $"{r.Name}: {r.Detail}"));
    }

    [Fact]
    public async Task A_rule_that_no_longer_matches_the_law_fails_its_embedded_test()
    {
        var copy = RuleSetFile.Copy("carport");
        RuleSetFile.Param(copy, "nearHeightMaxM")["Expression"] = "3.0m";

        var results = await new RuleSetTestRunner(TestEngine.Shared.Reader).RunAsync(RuleSetFile.Parse(copy));

        var failed = Assert.Single(results, r => !r.Passed);
        Assert.Equal("spec example: too high near the boundary", failed.Name);
        Assert.Contains("outcome exempt, expected manual", failed.Detail);
    }
}
