using System.Text;
using System.Text.Json.Nodes;
using AutoPermits.Engine.Applications;
using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.Catalogue;
using AutoPermits.Engine.RuleSets;
using AutoPermits.Engine.Triage;
using AutoPermits.Engine.Triage.Classifier;

namespace AutoPermits.Engine.Tests;

/// <summary>The engine as the service builds it, from the repository's own rules/ folder.</summary>
public sealed class TestEngine
{
    public static readonly DateOnly SpecDay = new(2026, 11, 25);

    public TestEngine(string? rulesDirectory = null, RuleBook? ruleBook = null)
    {
        var rules = rulesDirectory ?? Repository.Rules;
        Catalogue = TypeCatalogue.Load(Path.Combine(rules, "types.json"));
        Lexicon = Lexicon.Load(Path.Combine(rules, "lexicon.json"));
        Classifier = SocialTextClassifier.Load(Path.Combine(rules, "classifier"));
        Guard = new Guard(Catalogue, Lexicon, Classifier);
        RuleBook = ruleBook ?? new RuleBook([RuleSet.Load(Path.Combine(rules, "carport.json")), RuleSet.Load(Path.Combine(rules, "vehicle-valuation.json"))]);
        Reader = new ApplicationReader(Catalogue);
        Assessor = new Assessor(Catalogue, Guard, RuleBook, TimeSpan.FromSeconds(5));
    }

    public static TestEngine Shared { get; } = new();

    public TypeCatalogue Catalogue { get; }
    public Lexicon Lexicon { get; }
    public SocialTextClassifier Classifier { get; }
    public Guard Guard { get; }
    public RuleBook RuleBook { get; }
    public ApplicationReader Reader { get; }
    public Assessor Assessor { get; }

    public ApplicationRead Read(string json, DateOnly? today = null) => Reader.Read(Encoding.UTF8.GetBytes(json), today ?? SpecDay);

    public async Task<Assessment> AssessAsync(JsonNode application, DateOnly? today = null)
    {
        var read = Read(application.ToJsonString(), today);
        Assert.True(read.IsValid, "invalid: " + string.Join("; ", read.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
        return await Assessor.AssessAsync(read.Application!, today ?? SpecDay);
    }
}

/// <summary>Worked examples from samples/examples, as editable JSON.</summary>
public static class Samples
{
    public static JsonObject Example(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Samples, "examples", name + ".json")))!.AsObject();

    public static JsonObject Application(string example) => Example(example)["application"]!.AsObject();

    /// <summary>The spec's exempt carport with some data fields changed.</summary>
    public static JsonObject Carport(Action<JsonObject>? change = null) => With("carport-exempt", change);

    /// <summary>The spec's valued car with some data fields changed.</summary>
    public static JsonObject Vehicle(Action<JsonObject>? change = null) => With("vehicle-valued", change);

    private static JsonObject With(string example, Action<JsonObject>? change)
    {
        var application = Application(example);
        change?.Invoke(application["data"]!.AsObject());
        return application;
    }
}
