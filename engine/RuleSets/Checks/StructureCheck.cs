namespace AutoPermits.Engine.RuleSets.Checks;

/// <summary>The problems <see cref="RuleSet.Parse"/> finds: what the service itself needs from a rule file to use it.</summary>
internal static class StructureCheck
{
    public static IEnumerable<RuleSetProblem> Problems(byte[] content)
    {
        try
        {
            RuleSet.Parse(content);
            return [];
        }
        catch (RuleSetException e)
        {
            return e.Problems.Select(Problem);
        }
        catch (Exception e)
        {
            // RuleSet expects a file the schema accepts; an upload is checked whatever it holds, and the schema's
            // problems say what is wrong more precisely than this.
            return [new(JsonPaths.Root, $"the service cannot read this file: {e.Message}")];
        }
    }

    /// <summary>Splits RuleSet's "$.Rules[14].Properties.legalBasis: is required"; a problem without a path concerns the whole file.</summary>
    private static RuleSetProblem Problem(string problem)
    {
        var colon = problem.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && problem.StartsWith(JsonPaths.Root, StringComparison.Ordinal)
            ? new(problem[..colon], problem[(colon + 2)..])
            : new(JsonPaths.Root, colon == 0 ? problem[2..] : problem);
    }
}
