using System.Text.Json;
using AutoPermits.Engine.Catalogue;

namespace AutoPermits.Engine.RuleSets.Checks;

/// <summary>
/// The checks every uploaded rule file passes before it can be used, all run, every problem reported at once
/// with the JSON path it concerns: the file's shape (the schema), what the service needs of it (RuleSet), its
/// application type, what its expressions may do (the sandbox), whether they compile against their form, and
/// what data they read (no protected attribute, no field the form does not declare).
/// </summary>
public static class RuleSetChecks
{
    /// <summary>Every problem in a rule file as uploaded; none means the service may use it.</summary>
    public static IReadOnlyList<RuleSetProblem> Check(byte[] content, TypeCatalogue catalogue)
    {
        var problems = StructureCheck.Problems(content).ToList();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content);
        }
        catch (JsonException)
        {
            // RuleSet.Parse has said where the JSON breaks; nothing more can be read.
            return problems;
        }
        using (document)
        {
            var root = document.RootElement;
            problems.InsertRange(0, SchemaCheck.Problems(root));
            var lookup = FormLookup.For(root, catalogue);
            if (lookup.Problem is { } problem) problems.Add(problem);

            var expressions = RuleExpression.AllIn(root);
            var parameters = expressions.Select(e => e.ParamName).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            var lint = new DataUseLint(lookup.Form);
            foreach (var expression in expressions)
            {
                var tokens = new TokenisedExpression(expression.Text);
                problems.AddRange(ExpressionSandbox.Refusals(tokens, parameters).Select(m => new RuleSetProblem(expression.Path, m)));
                problems.AddRange(lint.Problems(tokens).Select(m => new RuleSetProblem(expression.Path, m)));
            }
            if (lookup.Form is { } form) problems.AddRange(CompileCheck.Problems(expressions, form));
        }
        return problems.Distinct().ToList();
    }
}
