using AutoPermits.Engine.RuleSets;

namespace AutoPermits.Engine.Tests.RuleSets;

/// <summary>A rule file without its law, its texts or its outcome is refused, with every problem named.</summary>
public sealed class RuleSetFileProblemsTests
{
    [Fact]
    public void Every_problem_is_reported_at_once_with_its_json_path()
    {
        var copy = RuleSetFile.Copy("carport");
        var exempt = RuleSetFile.Rule(copy, "exempt")["Properties"]!.AsObject();
        exempt.Remove("legalBasis");
        exempt["message"]!.AsObject().Remove("da");
        RuleSetFile.Rule(copy, "approved")["Properties"]!["message"]!["en"] = "Approved at {noSuchFact} m².";
        RuleSetFile.Rule(copy, "protected")["RuleName"] = "integrated";

        var error = Assert.Throws<RuleSetException>(() => RuleSetFile.Parse(copy));

        Assert.Contains(error.Problems, p => p.StartsWith("$.Rules[14].Properties.legalBasis", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("$.Rules[14].Properties.message.da", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("{noSuchFact}", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("'integrated' is used more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void A_manual_rule_without_a_queue_is_refused()
    {
        var copy = RuleSetFile.Copy("carport");
        RuleSetFile.Rule(copy, "local-plan")["Properties"]!.AsObject().Remove("queue");

        var error = Assert.Throws<RuleSetException>(() => RuleSetFile.Parse(copy));

        Assert.Contains(error.Problems, p => p.Contains("queue", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_json_is_refused() =>
        Assert.Throws<RuleSetException>(() => RuleSet.Parse("{ not json"u8.ToArray()));
}
