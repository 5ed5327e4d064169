using System.Text.Json;
using AutoPermits.Engine.Applications;
using AutoPermits.Engine.Catalogue;

namespace AutoPermits.Engine.RuleSets.Checks;

/// <summary>The form a rule file's expressions are written against, found through its application type; or why there is none.</summary>
internal sealed record FormLookup(Form? Form, RuleSetProblem? Problem)
{
    private const string Path = "$.ApplicationType";

    public static FormLookup For(JsonElement root, TypeCatalogue catalogue)
    {
        // A missing or non-text type is the schema's and the structure's to report.
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ApplicationType", out var value) || value.ValueKind != JsonValueKind.String)
        {
            return new(null, null);
        }
        var name = value.GetString()!;
        if (!catalogue.TryGet(name, out var type))
        {
            return Refused($"'{name}' is not an application type in the catalogue; known types: {string.Join(", ", catalogue.Names.Order(StringComparer.Ordinal))}");
        }
        if (type.Kind != TypeKind.Automatable || type.Form is null)
        {
            return Refused($"'{name}' is a {type.Kind.ToString().ToLowerInvariant()} type: a person decides it, so no rule set may");
        }
        return Form.Known.TryGetValue(type.Form, out var form)
            ? new(form, null)
            : Refused($"'{name}' names the form '{type.Form}', which the engine does not know");
    }

    private static FormLookup Refused(string message) => new(null, new RuleSetProblem(Path, message));
}
