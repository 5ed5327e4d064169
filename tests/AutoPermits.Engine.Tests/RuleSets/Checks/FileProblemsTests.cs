using System.Text.Json.Nodes;
using AutoPermits.Engine.RuleSets.Checks;

namespace AutoPermits.Engine.Tests.RuleSets.Checks;

/// <summary>The checks all run on every upload, and report every problem at once with the JSON path it concerns.</summary>
public sealed class FileProblemsTests
{
    [Fact]
    public void Every_kind_of_problem_in_one_file_is_reported_at_once()
    {
        var copy = RuleSetFile.Copy("carport");
        var reflection = Checked.SetRule(copy, "integrated", "input.GetType() != null");
        var postcode = Checked.SetRule(copy, "protected", "input.postcode == \"8000\"");
        var syntax = Checked.SetRule(copy, "local-plan", "input.areaM2 >");
        var unbounded = Checked.AddParam(copy, "padded", "input.zone.PadLeft(2000000000)");
        RuleSetFile.Rule(copy, "exempt")["Properties"]!.AsObject().Remove("legalBasis");
        RuleSetFile.Rule(copy, "human-review")["Enabled"] = false;

        var problems = Checked.Problems(copy);

        Checked.AssertProblem(problems, reflection, "uses 'GetType'");
        Checked.AssertProblem(problems, postcode, "a protected attribute or its proxy (postcode)");
        Checked.AssertProblem(problems, syntax, "does not compile");
        Checked.AssertProblem(problems, unbounded, "calls 'zone.PadLeft' with a count");
        Checked.AssertProblem(problems, Checked.RulePath(copy, "exempt") + ".Properties.legalBasis", "every rule carries its legal reference");
        Checked.AssertProblem(problems, Checked.RulePath(copy, "human-review") + ".Enabled", "is not part of the rule-file format");
    }

    [Fact]
    public void A_rule_without_its_legal_basis_is_reported_at_its_path()
    {
        var copy = RuleSetFile.Copy("carport");
        RuleSetFile.Rule(copy, "exempt")["Properties"]!.AsObject().Remove("legalBasis");

        var problems = Checked.Problems(copy);

        Checked.AssertProblem(problems, "$.Rules[14].Properties.legalBasis", "every rule carries its legal reference");
        Checked.AssertProblem(problems, "$.Rules[14].Properties", "legalBasis");
    }

    [Fact]
    public void An_outcome_the_service_does_not_know_is_reported_at_its_path()
    {
        var copy = RuleSetFile.Copy("carport");
        RuleSetFile.Rule(copy, "approved")["Properties"]!["outcome"] = "rejected";

        Checked.AssertProblem(Checked.Problems(copy), Checked.RulePath(copy, "approved") + ".Properties.outcome", "enum");
    }

    [Fact]
    public void Places_where_rule_engine_features_could_hide_an_expression_are_refused()
    {
        var copy = RuleSetFile.Copy("carport");
        RuleSetFile.Rule(copy, "exempt")["LocalParams"] = new JsonArray(new JsonObject { ["Name"] = "x", ["Expression"] = "input.GetType()" });

        Checked.AssertProblem(Checked.Problems(copy), Checked.RulePath(copy, "exempt") + ".LocalParams", "is not part of the rule-file format");
    }

    [Fact]
    public void An_effective_date_that_is_not_a_date_is_refused()
    {
        var copy = RuleSetFile.Copy("vehicle-valuation");
        copy["EffectiveFrom"] = "2026-02-30";

        Checked.AssertProblem(Checked.Problems(copy), "$.EffectiveFrom", "date");
    }

    [Theory]
    [InlineData("pergola", "is not an application type in the catalogue")]
    [InlineData("housing-benefit", "is a social type: a person decides it")]
    [InlineData("general-inquiry", "is a manual type: a person decides it")]
    public void A_rule_set_must_decide_an_automatable_application_type(string type, string refusal)
    {
        var copy = RuleSetFile.Copy("carport");
        copy["ApplicationType"] = type;

        Checked.AssertProblem(Checked.Problems(copy), "$.ApplicationType", refusal);
    }

    [Fact]
    public void A_file_that_is_not_json_is_reported_not_thrown()
    {
        var problems = RuleSetChecks.Check("{ \"Rules\": [ not json"u8.ToArray(), Checked.Catalogue);

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_the_service_cannot_read_at_all_is_reported_not_thrown()
    {
        var problems = RuleSetChecks.Check("""{ "Rules": [ null ] }"""u8.ToArray(), Checked.Catalogue);

        Checked.AssertProblem(problems, "$.Rules[0]", "\"null\"");
    }
}
