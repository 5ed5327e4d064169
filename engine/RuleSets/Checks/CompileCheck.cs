using System.Linq.Dynamic.Core.Exceptions;
using AutoPermits.Engine.Applications;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;
using LinqExpression = System.Linq.Expressions.Expression;
using ParameterExpression = System.Linq.Expressions.ParameterExpression;

namespace AutoPermits.Engine.RuleSets.Checks;

/// <summary>
/// Compiles every expression against its form with RulesEngine's own parser and settings, and never runs one.
/// Running the workflow on an empty form (as RuleSet would) reports too little: RulesEngine evaluates the global
/// parameters before it reports a rule's parse error, and on an empty form a parameter such as a division by
/// zero or a LINQ query over a missing list fails first, hiding every rule behind it.
/// </summary>
internal static class CompileCheck
{
    private static readonly RuleExpressionParser Parser = new(new ReSettings { IsExpressionCaseSensitive = false });

    public static IEnumerable<RuleSetProblem> Problems(IReadOnlyList<RuleExpression> expressions, Form form)
    {
        var problems = new List<RuleSetProblem>();
        var scope = new List<ParameterExpression>
        {
            LinqExpression.Parameter(form.DataType, RuleSet.InputName),
            LinqExpression.Parameter(typeof(CitizenChoices), RuleSet.ApplicationName),
            LinqExpression.Parameter(typeof(DateOnly), RuleSet.TodayName),
        };
        var names = new HashSet<string>(scope.Select(p => p.Name!), StringComparer.OrdinalIgnoreCase);
        // Parameters that did not compile: what reads them is not compiled, their own problem says why.
        var broken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var expression in expressions)
        {
            var name = expression.ParamName;
            if (ExpressionTokeniser.Tokenise(expression.Text).Any(t => t.Kind == TokenKind.Identifier && broken.Contains(t.Text)))
            {
                if (name is not null) broken.Add(name);
                continue;
            }
            try
            {
                var tree = Parser.Parse(expression.Text, [.. scope], expression.Role == ExpressionRole.Rule ? typeof(bool) : null);
                if (name is null) continue;
                if (names.Add(name))
                {
                    scope.Add(LinqExpression.Parameter(tree.Type, name));
                }
                else
                {
                    problems.Add(new(expression.Path[..expression.Path.LastIndexOf('.')] + ".Name", $"the name '{name}' is already taken by an earlier parameter or by {RuleSet.InputName}, {RuleSet.ApplicationName} or {RuleSet.TodayName}"));
                }
            }
            catch (ParseException e)
            {
                problems.Add(new(expression.Path, $"does not compile: {e.Message} (at character {e.Position + 1})"));
                if (name is not null) broken.Add(name);
            }
        }
        return problems;
    }
}
