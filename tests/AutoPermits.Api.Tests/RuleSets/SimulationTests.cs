using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AutoPermits.Api.Tests.Cases;

namespace AutoPermits.Api.Tests.RuleSets;

/// <summary>A draft run against stored applications tells exactly which answers it would have changed.</summary>
public sealed class SimulationTests
{
    [Fact]
    public async Task A_simulation_reports_exactly_the_stored_cases_whose_outcome_the_draft_changes()
    {
        await using var factory = new AutoPermitsFactory();
        var rita = await factory.SignIn("rita");
        var anne = await factory.SignIn("anne");
        var ids = new Dictionary<int, string>();
        foreach (var area in new[] { 20, 28, 29, 34, 44, 45, 54 }) // 26, 34, 35, 40, 50, 51, 60 m² in all
        {
            ids[area] = (await (await anne.Submit(Drafts.CarportOf(area))).Json())["id"]!.GetValue<string>();
        }
        await anne.Submit(Checkout.Application("social-carport"));
        async Task OverrideAsync(string id)
        {
            var carl = await factory.SignIn("carl");
            Assert.Equal(HttpStatusCode.Accepted, (await (await factory.SignIn("anne")).PostAsync($"/api/applications/{id}/human-review", null)).StatusCode);
            await carl.PostAsync($"/api/cases/{id}/claim", null);
            var decided = await carl.PostAsJsonAsync($"/api/cases/{id}/decision", new { outcome = "refused", reason = "A registered easement forbids building there.", legalBasis = "Tinglysningsloven § 1" });
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }
        await OverrideAsync(ids[20]);
        factory.Clock.Advance(TimeSpan.FromDays(10)); // 5 December: after the simulated period
        await OverrideAsync((await (await (await factory.SignIn("anne")).Submit(Drafts.CarportOf(20))).Json())["id"]!.GetValue<string>());
        rita = await factory.SignIn("rita");
        await rita.Upload(Drafts.CarportWithExemptionLimit("2"));

        var started = await rita.PostAsJsonAsync("/api/rulesets/carport/versions/2/simulations", new { from = "2026-11-01", to = "2026-11-30" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;
        await People.Eventually(async () => (await rita.GetFromJsonAsync<JsonObject>(location))!["status"]!.GetValue<string>() == "done", "the simulation finishes");

        var progress = (await rita.GetFromJsonAsync<JsonObject>(location))!;
        Assert.Equal(8, progress["total"]!.GetValue<int>());
        Assert.Equal(8, progress["processed"]!.GetValue<int>());
        var report = (await rita.GetFromJsonAsync<JsonObject>(progress["report"]!.GetValue<string>()))!;
        var changed = report["changes"]!.AsArray().Select(c => c!["caseId"]!.GetValue<string>()).Order().ToArray();
        Assert.Equal(new[] { ids[34], ids[44] }.Order().ToArray(), changed); // above 35 and at most 50 m²: exempt → approved
        Assert.All(report["changes"]!.AsArray(), c =>
        {
            Assert.Equal("exempt", c!["before"]!.GetValue<string>());
            Assert.Equal("approved", c["after"]!.GetValue<string>());
        });
        var summary = report["summary"]!;
        Assert.Equal(2, summary["changed"]!.GetValue<int>());
        Assert.Equal(7.0 / 8, summary["automationRateBefore"]!.GetValue<double>(), 3);
        Assert.Equal(7.0 / 8, summary["automationRateAfter"]!.GetValue<double>(), 3);
        // Of the five simulated cases exempted by that rule (26, 34, 35, 40 and 50 m²), caseworkers overrode one;
        // the override in December lies outside the period and does not count.
        var exempt = summary["rulesTouched"]!.AsArray().Single(r => r!["reasonCode"]!.GetValue<string>() == "carport.exempt")!;
        Assert.Equal(1, exempt["overrides"]!.GetValue<int>());
        Assert.Equal(5, exempt["assessed"]!.GetValue<int>());
        Assert.Equal(0.2, exempt["rate"]!.GetValue<double>(), 3);
    }
}
