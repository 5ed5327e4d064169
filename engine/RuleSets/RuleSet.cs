using System.Collections;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using AutoPermits.Engine.Applications;
using AutoPermits.Engine.Assessments;
using RulesEngine.Models;

namespace AutoPermits.Engine.RuleSets;

/// <summary>What the rules may read about the application beyond its data: the citizen's own choices.</summary>
public sealed record CitizenChoices(bool RequestHumanReview, bool RegistryLookup);

/// <summary>
/// One version of a rule set: a Microsoft RulesEngine workflow whose rules carry their outcome, queue, legal
/// basis and citizen text as data. The machinery here is generic: it knows no carport and no car.
/// Rules are evaluated in order; the first that holds decides the outcome, and every rule that holds with the
/// same outcome and queue is reported as a reason, so a caseworker sees every problem at once.
/// </summary>
public sealed class RuleSet
{
    /// <summary>The names under which expressions see the application: <c>input.areaM2</c>, <c>application.requestHumanReview</c>, <c>today</c>.</summary>
    public const string InputName = "input";
    public const string ApplicationName = "application";
    public const string TodayName = "today";

    private static readonly JsonSerializerOptions DocumentJson = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    private readonly RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, RuleDefinition> _rulesByName;

    private RuleSet(RuleSetDocument document, Workflow workflow, string sha256, DateOnly? effectiveFrom)
    {
        Id = document.WorkflowName;
        Version = document.Version;
        ApplicationType = document.ApplicationType;
        EffectiveFrom = effectiveFrom ?? document.EffectiveFrom;
        Appeal = document.Appeal?.ToGuidance();
        AppealOutcomes = document.Appeal?.Outcomes ?? [];
        Sha256 = sha256;
        Tests = document.Tests ?? [];
        Rules = document.Rules.Select(r => r.ToDefinition()).ToArray();
        _rulesByName = Rules.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings { IsExpressionCaseSensitive = false });
    }

    public string Id { get; }
    public string Version { get; }
    public string ApplicationType { get; }
    public DateOnly EffectiveFrom { get; }
    /// <summary>The hash of the file exactly as the rule author wrote it.</summary>
    public string Sha256 { get; }

    public IReadOnlyList<RuleDefinition> Rules { get; }
    public AppealGuidance? Appeal { get; }
    public IReadOnlyList<Outcome> AppealOutcomes { get; }
    public IReadOnlyList<RuleSetTest> Tests { get; }

    public RuleSetRef Ref => new(Id, Version, Sha256);

    public static RuleSet Load(string path) => Parse(File.ReadAllBytes(path), Path.GetFileName(path));

    /// <summary>Reads a rule-set file, reporting every problem found in it at once.</summary>
    /// <param name="effectiveFrom">The date it was published to take effect, when that is not the file's own.</param>
    public static RuleSet Parse(byte[] content, string source = "rule set", DateOnly? effectiveFrom = null)
    {
        RuleSetDocument? document;
        Workflow? workflow;
        try
        {
            document = JsonSerializer.Deserialize<RuleSetDocument>(content, DocumentJson);
            workflow = JsonSerializer.Deserialize<Workflow>(content);
        }
        catch (JsonException e)
        {
            throw new RuleSetException(source, [$"{e.Path}: {e.Message}"]);
        }
        if (document is null || workflow is null) throw new RuleSetException(source, ["the file is empty"]);

        var problems = document.Problems().ToList();
        if (problems.Count > 0) throw new RuleSetException(source, problems);
        return new RuleSet(document, workflow, Convert.ToHexStringLower(SHA256.HashData(content)), effectiveFrom);
    }

    /// <summary>Evaluates every rule for an application submitted on <paramref name="today"/>.</summary>
    /// <exception cref="RuleEvaluationException">A rule or parameter could not be evaluated.</exception>
    public async Task<RuleVerdict> EvaluateAsync(Application application, DateOnly today)
    {
        if (application.Form is null) throw new RuleEvaluationException($"An application of type '{application.Type}' has no data for rule set '{Id}'.");
        var results = await _engine.ExecuteAllRulesAsync(Id,
            new RuleParameter(InputName, application.Form),
            new RuleParameter(ApplicationName, new CitizenChoices(application.RequestHumanReview, application.Consents.RegistryLookup)),
            new RuleParameter(TodayName, today));

        if (results.FirstOrDefault(r => !string.IsNullOrEmpty(r.ExceptionMessage)) is { } failed)
        {
            throw new RuleEvaluationException($"Rule '{failed.Rule.RuleName}' of rule set '{Id}' could not be evaluated: {failed.ExceptionMessage}");
        }
        var decisive = results.FirstOrDefault(r => r.IsSuccess)
            ?? throw new RuleEvaluationException($"No rule of rule set '{Id}' holds for this application.");

        var facts = FactsOf(decisive);
        var decision = _rulesByName[decisive.Rule.RuleName];
        var reasons = results
            .Where(r => r.IsSuccess)
            .Select(r => _rulesByName[r.Rule.RuleName])
            .Where(rule => rule.Outcome == decision.Outcome && rule.Queue == decision.Queue)
            .Select(rule => new Reason(rule.Code, rule.LegalBasis, new LocalizedText(
                MessageTemplate.Render(rule.Message.Da, facts, "da"),
                MessageTemplate.Render(rule.Message.En, facts, "en"))))
            .ToArray();

        decimal? valuation = null;
        if (decision.Outcome == Outcome.Valued)
        {
            var computed = decisive.ActionResult?.Output switch
            {
                decimal d => d,
                int i => i,
                _ => throw new RuleEvaluationException($"Rule '{decision.Name}' concludes 'valued' but computed no decimal value."),
            };
            valuation = decimal.Round(computed, 0, MidpointRounding.AwayFromZero);
        }
        return new RuleVerdict(decision.Outcome, decision.Queue, valuation, reasons, facts);
    }

    /// <summary>The global parameters the rules computed, as plain values (lists of values included).</summary>
    private static Dictionary<string, object> FactsOf(RuleResultTree result)
    {
        var facts = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in result.Inputs)
        {
            if (name is InputName or ApplicationName or TodayName || value is null) continue;
            if (value is decimal or int or long or bool or string or DateOnly)
            {
                facts[name] = value;
            }
            else if (value is IEnumerable sequence && value.GetType().GetInterfaces().Any(i => i == typeof(IEnumerable<string>)))
            {
                facts[name] = sequence.Cast<string>().ToArray();
            }
        }
        return facts;
    }

    private sealed record RuleSetDocument(
        string WorkflowName,
        string Version,
        string ApplicationType,
        DateOnly EffectiveFrom,
        AppealDocument? Appeal,
        IReadOnlyList<ParamDocument>? GlobalParams,
        IReadOnlyList<RuleDocument> Rules,
        IReadOnlyList<RuleSetTest>? Tests)
    {
        public IEnumerable<string> Problems()
        {
            if (string.IsNullOrWhiteSpace(WorkflowName)) yield return "$.WorkflowName: is required";
            if (string.IsNullOrWhiteSpace(Version)) yield return "$.Version: is required";
            if (string.IsNullOrWhiteSpace(ApplicationType)) yield return "$.ApplicationType: is required";
            if (Rules is null || Rules.Count == 0)
            {
                yield return "$.Rules: a rule set needs at least one rule";
                yield break;
            }
            var known = (GlobalParams ?? []).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < Rules.Count; i++)
            {
                foreach (var problem in Rules[i].Problems(known)) yield return $"$.Rules[{i}]{problem}";
            }
            foreach (var duplicate in Rules.GroupBy(r => r.RuleName).Where(g => g.Count() > 1))
            {
                yield return $"$.Rules: the rule name '{duplicate.Key}' is used more than once";
            }
        }
    }

    private sealed record ParamDocument(string Name, string Expression);

    private sealed record RuleDocument(string RuleName, string Expression, RulePropertiesDocument? Properties, JsonElement? Actions)
    {
        public IEnumerable<string> Problems(HashSet<string> knownFacts)
        {
            if (string.IsNullOrWhiteSpace(RuleName)) yield return ".RuleName: is required";
            if (string.IsNullOrWhiteSpace(Expression)) yield return ".Expression: is required";
            if (Properties is null)
            {
                yield return ".Properties: every rule needs its code, outcome, legalBasis and message";
                yield break;
            }
            if (string.IsNullOrWhiteSpace(Properties.Code)) yield return ".Properties.code: is required";
            if (Properties.Outcome is null) yield return ".Properties.outcome: is required (exempt, approved, valued, needs-info or manual)";
            if (Properties.Outcome == Outcome.Manual && string.IsNullOrWhiteSpace(Properties.Queue)) yield return ".Properties.queue: a manual outcome needs a queue";
            if (string.IsNullOrWhiteSpace(Properties.LegalBasis)) yield return ".Properties.legalBasis: every rule carries its legal reference";
            if (string.IsNullOrWhiteSpace(Properties.Message?.Da)) yield return ".Properties.message.da: the Danish citizen text is required";
            if (string.IsNullOrWhiteSpace(Properties.Message?.En)) yield return ".Properties.message.en: the English citizen text is required";
            foreach (var text in new[] { Properties.Message?.Da, Properties.Message?.En }.OfType<string>())
            {
                foreach (var name in MessageTemplate.Placeholders(text).Where(n => !knownFacts.Contains(n)))
                {
                    yield return $".Properties.message: '{{{name}}}' names no global parameter";
                }
            }
            if (Properties.Outcome == Outcome.Valued && Actions is null)
            {
                yield return ".Actions: a 'valued' rule computes its value with an OnSuccess OutputExpression action";
            }
        }

        public RuleDefinition ToDefinition() => new(
            RuleName, Properties!.Code, Properties.Outcome!.Value, Properties.Queue, Properties.LegalBasis,
            new LocalizedText(Properties.Message!.Da, Properties.Message.En));
    }

    private sealed record RulePropertiesDocument(string Code, Outcome? Outcome, string? Queue, string LegalBasis, TextDocument? Message);

    private sealed record TextDocument(string Da, string En);

    private sealed record AppealDocument(string Body, int? Weeks, int? Months, TextDocument Message, IReadOnlyList<Outcome>? Outcomes)
    {
        public AppealGuidance ToGuidance() => new(Body, Weeks, Months, new LocalizedText(Message.Da, Message.En));
    }
}

/// <summary>A rule-set file with problems; each names the JSON path it concerns.</summary>
public sealed class RuleSetException(string source, IReadOnlyList<string> problems)
    : Exception($"{source}: {string.Join("; ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
