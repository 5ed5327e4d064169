using System.Text.Json;
using Json.Schema;

namespace AutoPermits.Engine.RuleSets.Checks;

/// <summary>Validates a rule file against rules/schema/rule-set.schema.json, which the engine carries inside itself.</summary>
internal static class SchemaCheck
{
    public const string ResourceName = "AutoPermits.Engine.RuleSets.Checks.rule-set.schema.json";

    private static readonly JsonSchema Schema = Load();

    // Format is only an annotation in draft 2020-12; dates like EffectiveFrom must really be dates.
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static IEnumerable<RuleSetProblem> Problems(JsonElement document)
    {
        var results = Schema.Evaluate(document, Options);
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(error => new RuleSetProblem(
                JsonPaths.FromPointer(d.InstanceLocation.ToString(), document),
                IsUnknownProperty(d) ? "is not part of the rule-file format (rules/schema/rule-set.schema.json)" : error.Value)))
            .Distinct();
    }

    /// <summary>The library's "All values fail against the false schema" for a property the schema does not name.</summary>
    private static bool IsUnknownProperty(EvaluationResults result) =>
        result.EvaluationPath.ToString().EndsWith("/additionalProperties", StringComparison.Ordinal);

    private static JsonSchema Load()
    {
        using var stream = typeof(SchemaCheck).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The engine was built without its rule-set schema ({ResourceName}).");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }
}
