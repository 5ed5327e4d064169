using System.Reflection;
using AutoPermits.Engine.Applications;

namespace AutoPermits.Engine.RuleSets.Checks;

/// <summary>
/// What data an expression reads: only fields its form declares, only the citizen's two choices about the
/// handling, and never a protected attribute.
/// </summary>
internal sealed class DataUseLint(Form? form)
{
    /// <summary>What an expression may read of <c>application</c>: the citizen's choices about how the case is handled.</summary>
    private static readonly HashSet<string> ApplicationChoices = new(StringComparer.OrdinalIgnoreCase)
    {
        nameof(CitizenChoices.RequestHumanReview), nameof(CitizenChoices.RegistryLookup),
    };

    private readonly HashSet<string>? _fields = form?.DataType
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(p => p.Name)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Problems(TokenisedExpression expression)
    {
        var problems = new List<string>();
        var judged = new HashSet<int>();
        for (var i = 0; i < expression.Tokens.Count; i++)
        {
            if (!expression.IsIdentifier(i) || judged.Contains(i)) continue;
            var token = expression.Tokens[i];
            var readsField = expression.IsRoot(i) && expression.IsFollowedByMember(i) && !expression.IsCall(i + 2);
            if (readsField && token.Is(RuleSet.InputName))
            {
                judged.Add(i + 2);
                problems.AddRange(InputField(expression, i));
            }
            else if (readsField && token.Is(RuleSet.ApplicationName))
            {
                judged.Add(i + 2);
                problems.AddRange(ApplicationField(expression, i));
            }
            else if (expression.IsRoot(i) && token.Is(RuleSet.InputName))
            {
                // input.ToString(), Convert.ToString(input): a record prints every field, declared or protected.
                problems.Add($"uses '{expression.ChainFrom(i)}' as a whole: a rule reads the fields of {RuleSet.InputName} it needs by name");
            }
            else if (ProtectedAttributes.Match(token.Text) is { } term)
            {
                problems.Add(ProtectedAttributes.Refusal(expression.Qualified(i), term));
            }
        }
        return problems.Distinct();
    }

    private IEnumerable<string> InputField(TokenisedExpression expression, int i)
    {
        var field = expression.Tokens[i + 2].Text;
        var read = $"{expression.Tokens[i].Text}.{field}";
        if (ProtectedAttributes.Match(field) is { } term)
        {
            yield return ProtectedAttributes.Refusal(read, term);
        }
        else if (_fields is not null && !_fields.Contains(field))
        {
            yield return $"reads '{read}', which the {form!.Name} form does not declare";
        }
    }

    private static IEnumerable<string> ApplicationField(TokenisedExpression expression, int i)
    {
        var field = expression.Tokens[i + 2].Text;
        var read = $"{expression.Tokens[i].Text}.{field}";
        if (ProtectedAttributes.Match(field) is { } term)
        {
            yield return ProtectedAttributes.Refusal(read, term);
        }
        else if (!ApplicationChoices.Contains(field))
        {
            yield return $"reads '{read}': of the application, rules may read only {RuleSet.ApplicationName}.requestHumanReview and {RuleSet.ApplicationName}.registryLookup";
        }
    }
}
