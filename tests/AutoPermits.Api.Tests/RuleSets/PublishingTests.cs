using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AutoPermits.Api.Tests.Cases;

namespace AutoPermits.Api.Tests.RuleSets;

/// <summary>A rule author changes a rule set and publishes it from a date, without a restart.</summary>
public sealed class PublishingTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(AutoPermitsFactory.SubmissionDay.UtcDateTime);

    [Fact]
    public async Task A_parameter_published_with_a_future_date_leaves_todays_decisions_alone_and_governs_submissions_from_that_date()
    {
        await using var factory = new AutoPermitsFactory();
        var rita = await factory.SignIn("rita");
        var anne = await factory.SignIn("anne");

        var uploaded = await rita.Upload(Drafts.CarportWithExemptionLimit("2"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.True((await uploaded.Json())["publishable"]!.GetValue<bool>());
        var version = await (await rita.GetAsync(uploaded.Headers.Location)).Json(); // where the upload says it is
        Assert.Equal("draft", version["ruleSet"]!["status"]!.GetValue<string>());
        Assert.Equal("2", version["ruleSet"]!["version"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await rita.Publish("carport", "2", Today.AddDays(7))).StatusCode);

        var before = await (await anne.Submit(Drafts.CarportOf(34))).Json(); // 40 m² in all
        Assert.Equal("exempt", before["assessment"]!["outcome"]!.GetValue<string>());
        Assert.Equal("1", before["assessment"]!["ruleSet"]!["version"]!.GetValue<string>());

        factory.Clock.Advance(TimeSpan.FromDays(7));
        anne = await factory.SignIn("anne"); // a token lasts a working day
        var after = await (await anne.Submit(Drafts.CarportOf(34))).Json();
        Assert.Equal("approved", after["assessment"]!["outcome"]!.GetValue<string>());
        Assert.Equal("2", after["assessment"]!["ruleSet"]!["version"]!.GetValue<string>());

        var kept = await (await anne.GetAsync($"/api/applications/{before["id"]}")).Json();
        Assert.Equal("exempt", kept["assessment"]!["outcome"]!.GetValue<string>());
        Assert.Equal("1", kept["assessment"]!["ruleSet"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_supplement_after_a_new_version_took_effect_is_decided_by_the_version_in_force_when_the_application_was_submitted()
    {
        await using var factory = new AutoPermitsFactory();
        var rita = await factory.SignIn("rita");
        var anne = await factory.SignIn("anne");
        Assert.Equal(HttpStatusCode.Created, (await rita.Upload(Drafts.CarportWithExemptionLimit("2"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rita.Publish("carport", "2", Today.AddDays(7))).StatusCode);
        var undocumented = Drafts.CarportOf(60); // 66 m² in all: a permit with structural documentation under either version
        undocumented["data"]!["structuralDocumentationAttached"] = false;
        var submitted = await (await anne.Submit(undocumented)).Json();
        Assert.Equal("needs-info", submitted["state"]!.GetValue<string>());

        factory.Clock.Advance(TimeSpan.FromDays(8));
        anne = await factory.SignIn("anne");
        var supplemented = await anne.PostAsJsonAsync($"/api/applications/{submitted["id"]}/supplements", new { data = new { structuralDocumentationAttached = true } });

        Assert.Equal(HttpStatusCode.OK, supplemented.StatusCode);
        var decided = (await supplemented.Json())["assessment"]!;
        Assert.Equal("approved", decided["outcome"]!.GetValue<string>());
        Assert.Equal("1", decided["ruleSet"]!["version"]!.GetValue<string>());
        var fresh = (await (await anne.Submit(Drafts.CarportOf(60))).Json())["assessment"]!;
        Assert.Equal("approved", fresh["outcome"]!.GetValue<string>());
        Assert.Equal("2", fresh["ruleSet"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_rule_set_whose_own_test_fails_can_be_uploaded_but_not_published()
    {
        await using var factory = new AutoPermitsFactory();
        var rita = await factory.SignIn("rita");
        var draft = Drafts.CarportWithExemptionLimit("2", "20m"); // the 30 m² example is no longer exempt

        var uploaded = await (await rita.Upload(draft)).Json();
        Assert.False(uploaded["publishable"]!.GetValue<bool>());
        Assert.Contains(uploaded["tests"]!.AsArray(), t => !t!["passed"]!.GetValue<bool>());

        var refused = await rita.Publish("carport", "2", Today);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("exempt", (await refused.Json())["detail"]!.GetValue<string>());
        var versions = await rita.GetFromJsonAsync<JsonArray>("/api/rulesets");
        Assert.Equal("draft", versions!.Single(v => v!["version"]!.GetValue<string>() == "2")!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_version_never_changes_and_cannot_be_published_into_the_past()
    {
        await using var factory = new AutoPermitsFactory();
        var rita = await factory.SignIn("rita");

        Assert.Equal(HttpStatusCode.Conflict, (await rita.Upload(Drafts.CarportWithExemptionLimit("1"))).StatusCode);
        await rita.Upload(Drafts.CarportWithExemptionLimit("2"));
        var past = await rita.Publish("carport", "2", Today.AddDays(-1));
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.True((await past.Json())["errors"]!.AsObject().ContainsKey("effectiveFrom"));
    }

    [Fact]
    public async Task Rolling_back_publishes_the_earlier_content_as_a_new_version_at_once()
    {
        await using var factory = new AutoPermitsFactory();
        var rita = await factory.SignIn("rita");
        var anne = await factory.SignIn("anne");
        await rita.Upload(Drafts.CarportWithExemptionLimit("2"));
        await rita.Publish("carport", "2", Today);
        Assert.Equal("approved", (await (await anne.Submit(Drafts.CarportOf(34))).Json())["assessment"]!["outcome"]!.GetValue<string>());

        var rolledBack = await rita.PostAsJsonAsync("/api/rulesets/carport/rollback", new { toVersion = "1" });

        Assert.Equal(HttpStatusCode.OK, rolledBack.StatusCode);
        var again = await (await anne.Submit(Drafts.CarportOf(34))).Json();
        Assert.Equal("exempt", again["assessment"]!["outcome"]!.GetValue<string>());
        Assert.Equal("3", again["assessment"]!["ruleSet"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_instances_sharing_one_database_both_switch_to_a_newly_published_version()
    {
        await using var first = new AutoPermitsFactory();
        var rita = await first.SignIn("rita");
        var anneOnFirst = await first.SignIn("anne");
        await using var second = first.Restarted();
        var anneOnSecond = await second.SignIn("anne");
        Assert.Equal("exempt", (await (await anneOnSecond.Submit(Drafts.CarportOf(34))).Json())["assessment"]!["outcome"]!.GetValue<string>());

        await rita.Upload(Drafts.CarportWithExemptionLimit("2"));
        await rita.Publish("carport", "2", Today);

        Assert.Equal("2", (await (await anneOnFirst.Submit(Drafts.CarportOf(34))).Json())["assessment"]!["ruleSet"]!["version"]!.GetValue<string>());
        await People.Eventually(async () =>
            (await (await anneOnSecond.PostAsJsonAsync("/api/assessments", Drafts.CarportOf(34))).Json())["ruleSet"]!["version"]!.GetValue<string>() == "2",
            "the second instance decides with version 2", seconds: 15);
    }

    [Fact]
    public async Task An_upload_with_a_malicious_or_stigmatising_expression_is_refused_naming_the_rule()
    {
        await using var factory = new AutoPermitsFactory();
        var rita = await factory.SignIn("rita");
        var draft = Drafts.CarportWithExemptionLimit("2");
        var rules = draft["Rules"]!.AsArray();
        rules[1]!["Expression"] = "System.IO.File.ReadAllText(\"/etc/passwd\").Length > 0";
        rules[2]!["Expression"] = "input.postcode == \"2200\"";

        var refused = await rita.Upload(draft);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Json())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("$.Rules[1].Expression"), errors.ToJsonString());
        Assert.True(errors.ContainsKey("$.Rules[2].Expression"), errors.ToJsonString());
        Assert.Contains("postcode", errors["$.Rules[2].Expression"]!.ToJsonString());
        Assert.DoesNotContain((await rita.GetFromJsonAsync<JsonArray>("/api/rulesets"))!, v => v!["version"]!.GetValue<string>() == "2");
    }

    [Fact]
    public async Task Only_a_rule_author_manages_rule_sets()
    {
        await using var factory = new AutoPermitsFactory();
        var carl = await factory.SignIn("carl");
        Assert.Equal(HttpStatusCode.Forbidden, (await carl.GetAsync("/api/rulesets")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await carl.Upload(Drafts.CarportWithExemptionLimit("2"))).StatusCode);
    }

    [Fact]
    public async Task A_published_rule_that_loops_too_long_for_an_application_sends_that_case_to_a_person()
    {
        await using var factory = new AutoPermitsFactory().With("AutoPermits:EvaluationBudget", "00:00:00.300");
        var rita = await factory.SignIn("rita");
        var anne = await factory.SignIn("anne");
        var draft = Drafts.CarportWithExemptionLimit("2", "50m");
        // Each range passes the sandbox's bound; nested, they are a billion steps, but only for a 13 m² carport.
        var rule = draft["Rules"]!.AsArray().Single(r => r!["RuleName"]!.GetValue<string>() == "exempt")!;
        rule["Expression"] = "T <= exemptTotalAreaM2 && (input.areaM2 != 13m || Enumerable.Range(0, 1000).Sum(a => Enumerable.Range(0, 1000).Sum(b => Enumerable.Range(0, 1000).Count(c => c >= b))) > 0)";
        Assert.Equal(HttpStatusCode.Created, (await rita.Upload(draft)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rita.Publish("carport", "2", Today)).StatusCode);

        var looping = await (await anne.Submit(Drafts.CarportOf(13))).Json();

        Assert.Equal("manual", looping["assessment"]!["outcome"]!.GetValue<string>());
        Assert.Equal("rules.evaluation-failed", looping["assessment"]!["reasons"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("building", looping["queue"]!.GetValue<string>());
        Assert.Equal("queued", looping["state"]!.GetValue<string>());
        Assert.Equal("2", looping["assessment"]!["ruleSet"]!["version"]!.GetValue<string>());
        Assert.Equal("exempt", (await (await anne.Submit(Drafts.CarportOf(14))).Json())["assessment"]!["outcome"]!.GetValue<string>());
    }
}
