using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AutoPermits.Api.Tests;

/// <summary>An assessment has the shape spec/contract.md promises callers ("An assessment").</summary>
public sealed partial class AssessmentShapeTests(AutoPermitsFactory factory) : IClassFixture<AutoPermitsFactory>
{
    public static TheoryData<string> Examples() => new(Checkout.ExampleNames);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_reason_has_a_code_a_legal_basis_and_a_message(string name)
    {
        var assessment = await AssessAsync(Checkout.Application(name).ToJsonString());

        var reasons = assessment.GetProperty("reasons");
        Assert.NotEmpty(reasons.EnumerateArray());
        Assert.All(reasons.EnumerateArray(), reason =>
        {
            Assert.False(string.IsNullOrWhiteSpace(reason.GetProperty("code").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(reason.GetProperty("legalBasis").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(reason.GetProperty("message").GetString()));
        });
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Triage_says_whether_it_may_be_automated_who_refused_why_and_how_sure(string name)
    {
        var assessment = await AssessAsync(Checkout.Application(name).ToJsonString());

        var triage = assessment.GetProperty("triage");
        Assert.Contains(triage.GetProperty("automatable").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        var refusedBy = triage.GetProperty("refusedBy");
        if (refusedBy.ValueKind != JsonValueKind.Null) Assert.Contains(refusedBy.GetString(), new[] { "policy", "classifier", "error" });
        Assert.Equal(JsonValueKind.Array, triage.GetProperty("signals").ValueKind);
        Assert.Contains(triage.GetProperty("score").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
    }

    [Theory]
    [InlineData("carport-exempt", "carport")]
    [InlineData("carport-manual-height", "carport")]
    [InlineData("vehicle-valued", "vehicle-valuation")]
    [InlineData("vehicle-manual-rebuilt", "vehicle-valuation")]
    public async Task A_decided_case_names_the_rule_set_and_the_hash_of_the_file_that_decided_it(string name, string ruleSet)
    {
        var assessment = await AssessAsync(Checkout.Application(name).ToJsonString());

        var reference = assessment.GetProperty("ruleSet");
        Assert.Equal(ruleSet, reference.GetProperty("id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(reference.GetProperty("version").GetString()));
        var sha256 = reference.GetProperty("sha256").GetString()!;
        Assert.Matches(Sha256Form(), sha256);
        var served = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "rules", ruleSet + ".json"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(served)), sha256.ToLowerInvariant());
    }

    [Theory]
    [InlineData("social-carport")]
    [InlineData("social-type")]
    public async Task A_social_case_has_no_rule_set_at_all(string name)
    {
        var assessment = await AssessAsync(Checkout.Application(name).ToJsonString());

        Assert.False(assessment.TryGetProperty("ruleSet", out _), $"'ruleSet' must be absent when no rule set ran: {assessment}");
    }

    [Fact]
    public async Task Enumerated_values_are_lower_case_kebab_strings()
    {
        var withoutDocumentation = Checkout.CarportWithoutDocumentation();
        var needsInfo = await AssessAsync(withoutDocumentation.ToJsonString());
        var social = await AssessAsync(Checkout.Application("social-carport").ToJsonString());

        Assert.Equal("needs-info", needsInfo.GetProperty("outcome").GetString());
        Assert.Equal("manual", social.GetProperty("outcome").GetString());
        Assert.Equal("policy", social.GetProperty("triage").GetProperty("refusedBy").GetString());
    }

    [Fact]
    public async Task The_application_type_is_echoed()
    {
        var assessment = await AssessAsync(Checkout.Application("vehicle-valued").ToJsonString());

        Assert.Equal("vehicle-valuation", assessment.GetProperty("applicationType").GetString());
    }

    private async Task<JsonElement> AssessAsync(string application)
    {
        using var response = await factory.CreateClient().AssessAsync(application);
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return body;
    }

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Form();
}
