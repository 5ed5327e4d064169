using System.Text.Json.Nodes;
using AutoPermits.Engine.RuleSets.Checks;

namespace AutoPermits.Engine.Tests.RuleSets.Checks;

/// <summary>The rule files the service ships pass every upload check unchanged, and say which schema describes them.</summary>
public sealed class RealRuleFilesTests
{
    public static TheoryData<string> RuleFiles => new() { "carport", "vehicle-valuation" };

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void A_shipped_rule_file_has_no_problems(string id) =>
        Assert.Empty(Checked.ProblemsOf(id));

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void A_shipped_rule_file_names_the_schema_its_editor_checks_it_against(string id)
    {
        var schema = RuleSetFile.Copy(id)["$schema"]!.GetValue<string>();

        Assert.Equal("./schema/rule-set.schema.json", schema);
        Assert.True(File.Exists(Path.Combine(Repository.Rules, schema)));
    }

    [Fact]
    public void The_schema_the_engine_carries_is_the_one_in_rules()
    {
        using var stream = typeof(RuleSetChecks).Assembly.GetManifestResourceStream("AutoPermits.Engine.RuleSets.Checks.rule-set.schema.json");
        using var reader = new StreamReader(stream!);

        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Rules, "schema", "rule-set.schema.json")), reader.ReadToEnd());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Rules, "schema", "rule-set.schema.json")))!["$schema"]!.GetValue<string>());
    }
}
