namespace AutoPermits.Engine.Tests.RuleSets.Checks;

/// <summary>
/// Every expression compiles against the form of its application type, and each that does not is reported at
/// its own path. A rule that would merely fail on some application (a division by zero) is not a problem here.
/// </summary>
public sealed class CompileTests
{
    [Fact]
    public void A_rule_with_a_syntax_error_is_reported_at_its_path()
    {
        var copy = RuleSetFile.Copy("carport");
        var path = Checked.SetRule(copy, "local-plan", "input.areaM2 >");

        var problem = Assert.Single(Checked.Problems(copy));

        Assert.Equal(path, problem.Path);
        Assert.StartsWith("does not compile: Expression expected", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_condition_must_be_a_boolean()
    {
        var copy = RuleSetFile.Copy("carport");
        var path = Checked.SetRule(copy, "local-plan", "input.areaM2");

        Checked.AssertProblem(Checked.Problems(copy), path, "does not compile: Expression of type 'Boolean' expected");
    }

    [Fact]
    public void A_global_parameter_that_does_not_compile_is_reported_once_not_at_every_rule_that_reads_it()
    {
        var copy = RuleSetFile.Copy("carport");
        RuleSetFile.Param(copy, "T")["Expression"] = "input.existingSecondaryAreaM2 + * input.areaM2";

        var problem = Assert.Single(Checked.Problems(copy));

        Assert.Equal(Checked.ParamPath(copy, "T") + ".Expression", problem.Path);
        Assert.StartsWith("does not compile:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_expression_that_does_not_compile_is_reported_at_its_path()
    {
        var copy = RuleSetFile.Copy("vehicle-valuation");
        RuleSetFile.Rule(copy, "valued")["Actions"]!["OnSuccess"]!["Context"]!["Expression"] = "valueDkk +";

        Checked.AssertProblem(Checked.Problems(copy), Checked.RulePath(copy, "valued") + ".Actions.OnSuccess.Context.Expression", "does not compile: Expression expected");
    }

    [Fact]
    public void A_rule_that_can_fail_at_run_time_still_compiles()
    {
        var copy = RuleSetFile.Copy("carport");
        Checked.SetRule(copy, "local-plan", "1m / (input.areaM2 - input.areaM2) > 0m");
        Checked.AddParam(copy, "firstAd", "input.roofing.Substring(100)");

        Assert.Empty(Checked.Problems(copy));
    }

    [Fact]
    public void Two_global_parameters_cannot_share_a_name()
    {
        var copy = RuleSetFile.Copy("carport");
        Checked.AddParam(copy, "h", "2m");

        Checked.AssertProblem(Checked.Problems(copy), $"$.GlobalParams[{copy["GlobalParams"]!.AsArray().Count - 1}].Name", "the name 'h' is already taken");
    }
}
