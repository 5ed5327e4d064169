using AutoPermits.Engine.Assessments;

namespace AutoPermits.Engine.Tests.RuleSets;

/// <summary>The law lives in the JSON: a rule author's edit changes the outcome with no code change.</summary>
public sealed class RulesAreDataTests
{
    [Fact]
    public async Task Lowering_the_exempt_area_in_a_copy_of_the_carport_rules_turns_an_exemption_into_a_request_for_documentation()
    {
        var copy = RuleSetFile.Copy("carport");
        RuleSetFile.Param(copy, "exemptTotalAreaM2")["Expression"] = "25m";
        var engine = RuleSetFile.EngineWith(RuleSetFile.Parse(copy));

        var before = await TestEngine.Shared.AssessAsync(Samples.Carport());
        var after = await engine.AssessAsync(Samples.Carport());

        Assert.Equal(Outcome.Exempt, before.Outcome);
        Assert.Equal(Outcome.NeedsInfo, after.Outcome);
        Assert.Contains("25 m²", after.Reasons[0].Message.En);
        Assert.NotEqual(before.RuleSet!.Sha256, after.RuleSet!.Sha256);
    }

    [Fact]
    public async Task Changing_the_mileage_rate_in_a_copy_of_the_vehicle_rules_changes_the_value()
    {
        var copy = RuleSetFile.Copy("vehicle-valuation");
        RuleSetFile.Param(copy, "kmRatePerThousand")["Expression"] = "0.01m";
        var engine = RuleSetFile.EngineWith(RuleSetFile.Parse(copy));

        var assessment = await engine.AssessAsync(Samples.Vehicle());

        // H0 = 153,250; raw = −0.01 × 153,250 × 1,250 / 1,000 = −1,915.625; 151,334.375 → 151,300.
        Assert.Equal(151_300m, assessment.ValuationDkk);
    }

    [Fact]
    public async Task A_rule_authors_citizen_text_is_what_the_citizen_reads()
    {
        var copy = RuleSetFile.Copy("carport");
        RuleSetFile.Rule(copy, "exempt")["Properties"]!["message"]!["en"] = "Fine as it is: {T} m² in all.";
        var engine = RuleSetFile.EngineWith(RuleSetFile.Parse(copy));

        var assessment = await engine.AssessAsync(Samples.Carport());

        Assert.Equal("Fine as it is: 30 m² in all.", assessment.Reasons[0].Message.En);
    }

    [Fact]
    public void The_content_hash_identifies_the_exact_file()
    {
        var ruleSet = TestEngine.Shared.RuleBook.InForce("carport", TestEngine.SpecDay)!;
        var bytes = File.ReadAllBytes(Path.Combine(Repository.Rules, "carport.json"));

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), ruleSet.Sha256);
        Assert.Equal("1", ruleSet.Version);
    }
}
