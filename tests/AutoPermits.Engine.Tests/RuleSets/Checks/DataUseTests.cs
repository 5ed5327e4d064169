namespace AutoPermits.Engine.Tests.RuleSets.Checks;

/// <summary>
/// Rules decide on the case, not on the person: they read what the form declares and the citizen's choices
/// about the handling, and never who the citizen is or where they live.
/// </summary>
public sealed class DataUseTests
{
    public static TheoryData<string, string, string> ProtectedReads => new()
    {
        { "input.cpr == \"0101011234\"", "input.cpr", "cpr" },
        { "input.postcode == \"8000\"", "input.postcode", "postcode" },
        { "application.age > 65", "application.age", "age" },
        { "input.birth_date < today", "input.birth_date", "birthDate" },
        { "input.Fødselsdato < today", "input.Fødselsdato", "fødselsdato" },
        { "input.zone == \"urban\" && statsborgerskab == \"DK\"", "statsborgerskab", "statsborgerskab" },
        { "application.Gender == \"f\"", "application.Gender", "gender" },
    };

    [Theory]
    [MemberData(nameof(ProtectedReads))]
    public void A_rule_that_reads_a_protected_attribute_is_refused(string expression, string read, string term)
    {
        var copy = RuleSetFile.Copy("carport");
        var path = Checked.SetRule(copy, "local-plan", expression);

        Checked.AssertProblem(Checked.Problems(copy), path,
            $"reads '{read}', a protected attribute or its proxy ({term}): rules must not decide on who the citizen is or where they live");
    }

    [Fact]
    public void A_lambda_that_reads_a_protected_attribute_of_a_list_item_is_refused()
    {
        var copy = RuleSetFile.Copy("vehicle-valuation");
        var path = Checked.AddParam(copy, "probe", "input.comparables.Count(ad => ad.address != \"\")");

        Checked.AssertProblem(Checked.Problems(copy), path, "reads 'ad.address', a protected attribute or its proxy (address)");
    }

    [Fact]
    public void A_rule_that_reads_a_field_its_form_does_not_declare_is_refused()
    {
        var copy = RuleSetFile.Copy("carport");
        var path = Checked.SetRule(copy, "local-plan", "input.noSuchField");

        Checked.AssertProblem(Checked.Problems(copy), path, "reads 'input.noSuchField', which the carport form does not declare");
    }

    [Theory]
    [InlineData("input.ToString().Contains(\"8000\")", "input.ToString")]
    [InlineData("Convert.ToString(input).Contains(\"8000\")", "input")]
    public void A_rule_reads_the_form_field_by_field_never_as_a_whole(string expression, string use)
    {
        var copy = RuleSetFile.Copy("carport");
        var path = Checked.SetRule(copy, "local-plan", expression);

        Checked.AssertProblem(Checked.Problems(copy), path, $"uses '{use}' as a whole: a rule reads the fields of input it needs by name");
    }

    [Fact]
    public void Of_the_application_a_rule_reads_only_the_citizens_choices()
    {
        var copy = RuleSetFile.Copy("carport");
        var refused = Checked.SetRule(copy, "local-plan", "application.type == \"carport\"");
        Checked.SetRule(copy, "integrated", "application.registryLookup && APPLICATION.requestHumanReview");

        var problems = Checked.Problems(copy);

        Checked.AssertProblem(problems, refused, "reads 'application.type': of the application, rules may read only application.requestHumanReview and application.registryLookup");
        Assert.DoesNotContain(problems, p => p.Path == Checked.RulePath(copy, "integrated") + ".Expression");
    }

    [Fact]
    public void Fields_are_matched_without_regard_to_case_as_the_expressions_are()
    {
        var copy = RuleSetFile.Copy("carport");
        Checked.SetRule(copy, "local-plan", "INPUT.LocalPlanApplies");

        Assert.Empty(Checked.Problems(copy));
    }
}
