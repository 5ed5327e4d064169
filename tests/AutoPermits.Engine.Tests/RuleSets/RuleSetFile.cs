using System.Text;
using System.Text.Json.Nodes;
using AutoPermits.Engine.RuleSets;

namespace AutoPermits.Engine.Tests.RuleSets;

/// <summary>A copy of one of the repository's rule files, changed the way a rule author would change it.</summary>
public static class RuleSetFile
{
    public static JsonObject Copy(string id) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Rules, id + ".json")))!.AsObject();

    public static JsonObject Param(JsonObject ruleSet, string name) =>
        ruleSet["GlobalParams"]!.AsArray().Select(p => p!.AsObject()).Single(p => p["Name"]!.GetValue<string>() == name);

    public static JsonObject Rule(JsonObject ruleSet, string name) =>
        ruleSet["Rules"]!.AsArray().Select(r => r!.AsObject()).Single(r => r["RuleName"]!.GetValue<string>() == name);

    public static RuleSet Parse(JsonObject ruleSet) => RuleSet.Parse(Encoding.UTF8.GetBytes(ruleSet.ToJsonString()));

    /// <summary>The engine with <paramref name="ruleSet"/> in place of the repository's version of it.</summary>
    public static TestEngine EngineWith(RuleSet ruleSet) =>
        new(ruleBook: new RuleBook(TestEngine.Shared.RuleBook.All.Where(r => r.Id != ruleSet.Id).Append(ruleSet)));
}
