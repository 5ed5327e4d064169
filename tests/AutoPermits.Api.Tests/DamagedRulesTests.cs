using System.Net;
using System.Text.Json.Nodes;

namespace AutoPermits.Api.Tests;

/// <summary>
/// A rules/ folder with a missing lexicon or a rule set that fails its own tests: the service still starts,
/// says what is wrong on /health, and sends the affected applications to a person.
/// </summary>
public sealed class DamagedRulesTests : IDisposable
{
    private readonly string _rules = Directory.CreateTempSubdirectory("autopermits-rules-").FullName;

    public DamagedRulesTests()
    {
        var source = Path.Combine(Checkout.Root, "rules");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_rules, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task Without_its_lexicon_the_guard_refuses_every_application_and_health_says_why()
    {
        File.Delete(Path.Combine(_rules, "lexicon.json"));
        await using var factory = new AutoPermitsFactory().With("AutoPermits:RulesDirectory", _rules);
        var client = factory.CreateClient();

        var assessment = await (await client.AssessAsync(Checkout.Application("carport-exempt"))).JsonAsync();
        var health = await (await client.GetAsync("/health")).JsonAsync();

        Assert.Equal("manual", assessment.GetProperty("outcome").GetString());
        Assert.Equal("social", assessment.GetProperty("queue").GetString());
        Assert.Equal("error", assessment.GetProperty("triage").GetProperty("refusedBy").GetString());
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Contains("lexicon", health.GetProperty("checks").GetProperty("engine").GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("model.zip")]
    [InlineData("model.json")]
    [InlineData("model-ratios.bin")]
    public async Task Without_its_classifier_model_the_guard_refuses_every_application_and_health_says_why(string file)
    {
        File.Delete(Path.Combine(_rules, "classifier", file));
        await using var factory = new AutoPermitsFactory().With("AutoPermits:RulesDirectory", _rules);
        var client = factory.CreateClient();

        var assessment = await (await client.AssessAsync(Checkout.Application("carport-exempt"))).JsonAsync();
        var health = await (await client.GetAsync("/health")).JsonAsync();

        Assert.Equal("social", assessment.GetProperty("queue").GetString());
        Assert.Equal("error", assessment.GetProperty("triage").GetProperty("refusedBy").GetString());
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Contains("classifier", health.GetProperty("checks").GetProperty("engine").GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_stale_classifier_model_is_not_used()
    {
        File.AppendAllText(Path.Combine(_rules, "classifier", "corpus", "added-by-a-rule-author.jsonl"),
            """{"text": "Plads til to biler", "label": "plain", "category": "carport", "lang": "da"}""" + "\n");
        await using var factory = new AutoPermitsFactory().With("AutoPermits:RulesDirectory", _rules);
        var client = factory.CreateClient();

        var assessment = await (await client.AssessAsync(Checkout.Application("carport-exempt"))).JsonAsync();
        var health = await (await client.GetAsync("/health")).JsonAsync();

        Assert.Equal("error", assessment.GetProperty("triage").GetProperty("refusedBy").GetString());
        Assert.Contains("stale", health.GetProperty("checks").GetProperty("engine").GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_rule_set_that_fails_its_own_tests_is_not_used()
    {
        var path = Path.Combine(_rules, "carport.json");
        var carport = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var nearHeight = carport["GlobalParams"]!.AsArray().Single(p => p!["Name"]!.GetValue<string>() == "nearHeightMaxM")!;
        nearHeight["Expression"] = "3.0m";
        File.WriteAllText(path, carport.ToJsonString());
        await using var factory = new AutoPermitsFactory().With("AutoPermits:RulesDirectory", _rules);
        var client = factory.CreateClient();

        using var response = await client.AssessAsync(Checkout.Application("carport-exempt"));
        var assessment = await response.JsonAsync();
        var health = await (await client.GetAsync("/health")).JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("manual", assessment.GetProperty("outcome").GetString());
        Assert.Equal("building", assessment.GetProperty("queue").GetString());
        Assert.Equal("rules.unavailable", assessment.GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Contains("fails its own tests", health.GetProperty("checks").GetProperty("engine").GetProperty("description").GetString());
    }

    public void Dispose() => Directory.Delete(_rules, recursive: true);
}
