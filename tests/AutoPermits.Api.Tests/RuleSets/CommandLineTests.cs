extern alias cli;

using System.Text.Json.Nodes;
using cli::AutoPermits.Cli;

namespace AutoPermits.Api.Tests.RuleSets;

/// <summary>The rule author's command line gives a pipeline exit codes it can act on.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("autopermits-cli-").FullName;
    private static string Rules => Path.Combine(Checkout.Root, "rules");

    [Fact]
    public async Task The_checked_in_rule_sets_lint_and_test_clean()
    {
        Assert.Equal(0, RuleCommands.Lint(Path.Combine(Rules, "carport.json"), Rules));
        Assert.Equal(0, await RuleCommands.TestAsync(Path.Combine(Rules, "vehicle-valuation.json"), Rules));
    }

    [Fact]
    public async Task A_file_reading_the_cpr_number_fails_the_lint_and_a_failing_embedded_test_fails_the_test_command()
    {
        var stigmatising = Drafts.CarportWithExemptionLimit("2");
        stigmatising["Rules"]![0]!["Expression"] = "input.cpr.StartsWith(\"01\")";
        Assert.Equal(1, RuleCommands.Lint(Write("stigmatising.json", stigmatising), Rules));

        var failing = Drafts.CarportWithExemptionLimit("2", "20m");
        Assert.Equal(0, RuleCommands.Lint(Write("failing.json", failing), Rules));
        Assert.Equal(1, await RuleCommands.TestAsync(Path.Combine(_directory, "failing.json"), Rules));
    }

    private string Write(string name, JsonObject content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content.ToJsonString());
        return path;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
