namespace AutoPermits.Engine.RuleSets.Checks;

/// <summary>One thing wrong with a rule file, at the JSON path of the value it concerns, e.g. <c>$.Rules[3].Expression</c>.</summary>
public sealed record RuleSetProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
