using System.Text.Json;

namespace AutoPermits.Engine.RuleSets.Checks;

/// <summary>What an expression is for, which decides the type it must compile to and the names it may use.</summary>
internal enum ExpressionRole
{
    /// <summary>A global parameter: any value, named so that later expressions can use it.</summary>
    GlobalParam,

    /// <summary>A rule's condition: a boolean.</summary>
    Rule,

    /// <summary>An action's expression, such as the value an OutputExpression computes.</summary>
    Action,
}

/// <param name="Path">The JSON path of the expression's string.</param>
/// <param name="ParamName">The name a global parameter gives its value; null for rules and actions.</param>
internal sealed record RuleExpression(string Path, string Text, ExpressionRole Role, string? ParamName = null)
{
    /// <summary>
    /// Every expression of a rule file, global parameters first, in file order. Property names are matched exactly,
    /// as RulesEngine reads the workflow; the schema refuses every other place an expression could hide.
    /// </summary>
    public static IReadOnlyList<RuleExpression> AllIn(JsonElement root)
    {
        var expressions = new List<RuleExpression>();
        if (root.ValueKind != JsonValueKind.Object) return expressions;
        foreach (var (param, i) in Items(root, "GlobalParams"))
        {
            if (StringProperty(param, "Expression") is { } text)
            {
                expressions.Add(new($"$.GlobalParams[{i}].Expression", text, ExpressionRole.GlobalParam, StringProperty(param, "Name")));
            }
        }
        foreach (var (rule, i) in Items(root, "Rules"))
        {
            if (StringProperty(rule, "Expression") is { } text) expressions.Add(new($"$.Rules[{i}].Expression", text, ExpressionRole.Rule));
            if (rule.TryGetProperty("Actions", out var actions)) AddActions(actions, $"$.Rules[{i}].Actions", expressions);
        }
        return expressions;
    }

    /// <summary>Every string named Expression anywhere under a rule's Actions, whatever the action.</summary>
    private static void AddActions(JsonElement element, string path, List<RuleExpression> expressions)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var at = JsonPaths.Child(path, property.Name);
                if (property.Name == "Expression" && property.Value.ValueKind == JsonValueKind.String)
                {
                    expressions.Add(new(at, property.Value.GetString()!, ExpressionRole.Action));
                }
                else
                {
                    AddActions(property.Value, at, expressions);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray()) AddActions(item, $"{path}[{i++}]", expressions);
        }
    }

    private static IEnumerable<(JsonElement Item, int Index)> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select((item, i) => (item, i)).Where(x => x.item.ValueKind == JsonValueKind.Object)
            : [];

    private static string? StringProperty(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
