using System.Text;
using System.Text.Json.Nodes;
using AutoPermits.Engine.Catalogue;
using AutoPermits.Engine.RuleSets.Checks;

namespace AutoPermits.Engine.Tests.RuleSets.Checks;

/// <summary>Runs the upload checks on a rule file as the service would, and finds where things sit in it.</summary>
public static class Checked
{
    public static TypeCatalogue Catalogue { get; } = TypeCatalogue.Load(Path.Combine(Repository.Rules, "types.json"));

    public static IReadOnlyList<RuleSetProblem> Problems(JsonObject ruleSet) =>
        RuleSetChecks.Check(Encoding.UTF8.GetBytes(ruleSet.ToJsonString()), Catalogue);

    public static IReadOnlyList<RuleSetProblem> ProblemsOf(string id) =>
        RuleSetChecks.Check(File.ReadAllBytes(Path.Combine(Repository.Rules, id + ".json")), Catalogue);

    /// <summary>The JSON path of the named rule's condition: <c>$.Rules[2].Expression</c>.</summary>
    public static string RulePath(JsonObject ruleSet, string name) =>
        $"$.Rules[{Index(ruleSet["Rules"]!.AsArray(), "RuleName", name)}]";

    /// <summary>Adds a global parameter at the end and returns the path of its expression.</summary>
    public static string AddParam(JsonObject ruleSet, string name, string expression)
    {
        var parameters = ruleSet["GlobalParams"]!.AsArray();
        parameters.Add(new JsonObject { ["Name"] = name, ["Expression"] = expression });
        return $"$.GlobalParams[{parameters.Count - 1}].Expression";
    }

    /// <summary>Replaces the named rule's condition and returns its path.</summary>
    public static string SetRule(JsonObject ruleSet, string name, string expression)
    {
        RuleSetFile.Rule(ruleSet, name)["Expression"] = expression;
        return RulePath(ruleSet, name) + ".Expression";
    }

    public static string ParamPath(JsonObject ruleSet, string name) =>
        $"$.GlobalParams[{Index(ruleSet["GlobalParams"]!.AsArray(), "Name", name)}]";

    public static void AssertProblem(IReadOnlyList<RuleSetProblem> problems, string path, string message) =>
        Assert.True(
            problems.Any(p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal)),
            $"expected a problem at {path} containing \"{message}\"; got:\n{string.Join('\n', problems)}");

    private static int Index(JsonArray array, string key, string name) =>
        array.Select((item, i) => (item, i)).Single(x => x.item![key]!.GetValue<string>() == name).i;
}
