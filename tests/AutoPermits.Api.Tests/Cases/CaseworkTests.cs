using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AutoPermits.Api.Identity;

namespace AutoPermits.Api.Tests.Cases;

/// <summary>Caseworkers work their queues; a person who disagrees with the machine wins, and says why.</summary>
public sealed class CaseworkTests
{
    [Fact]
    public async Task A_social_case_goes_to_the_social_queue_where_a_caseworker_claims_it_sees_the_citizens_situation_without_a_proposal_and_decides()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var sofie = await factory.SignIn("sofie");

        var submitted = await (await anne.Submit(Checkout.Application("social-carport"))).Json();
        Assert.Equal("queued", submitted["state"]!.GetValue<string>());
        Assert.Equal("social", submitted["queue"]!.GetValue<string>());
        var id = submitted["id"]!.GetValue<string>();

        var queue = await sofie.GetFromJsonAsync<JsonArray>("/api/queues/social");
        Assert.Contains(queue!, c => c!["id"]!.GetValue<string>() == id);
        Assert.DoesNotContain("0101901234", queue!.ToJsonString());

        var before = await (await sofie.GetAsync($"/api/cases/{id}?purpose=case-handling")).Json();
        Assert.Equal("010190-****", before["applicant"]!["cpr"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await sofie.PostAsync($"/api/cases/{id}/claim", null)).StatusCode);
        var file = await (await sofie.GetAsync($"/api/cases/{id}?purpose=case-handling")).Json();
        Assert.Equal("0101901234", file["applicant"]!["cpr"]!.GetValue<string>());
        Assert.Contains("kørestol", file["description"]!.GetValue<string>());
        Assert.Equal(30, file["data"]!["areaM2"]!.GetValue<int>());
        Assert.True(file["whyHere"]!["social"]!.GetValue<bool>());
        Assert.Null(file["assessments"]);

        var noReason = await sofie.PostAsJsonAsync($"/api/cases/{id}/decision", new { outcome = "approved" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var noLegalBasis = await sofie.PostAsJsonAsync($"/api/cases/{id}/decision", new { outcome = "approved", reason = "I orden." });
        Assert.Equal(HttpStatusCode.BadRequest, noLegalBasis.StatusCode);
        Assert.True((await noLegalBasis.Json())["errors"]!.AsObject().ContainsKey("legalBasis"));
        var decided = await sofie.PostAsJsonAsync($"/api/cases/{id}/decision",
            new { outcome = "approved", reason = "Den brede carport er i orden efter BR18; bredden giver plads til kørestolen.", legalBasis = "BR18 § 5, stk. 1, nr. 1" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var seen = await (await anne.GetAsync($"/api/applications/{id}")).Json();
        Assert.Equal("decided", seen["state"]!.GetValue<string>());
        Assert.True(seen["decision"]!["byPerson"]!.GetValue<bool>());
        Assert.Equal("Sofie Berg", seen["decision"]!["decidedBy"]!.GetValue<string>());
        await People.Eventually(async () => (await anne.GetAsync($"/api/applications/{id}/letter")).IsSuccessStatusCode, "the letter is written");
        var letter = await (await anne.GetAsync($"/api/applications/{id}/letter")).Json();
        Assert.Equal("Byggeklageenheden", letter["appeal"]!["body"]!.GetValue<string>());
        Assert.Equal("2026-12-23", letter["appeal"]!["deadline"]!.GetValue<string>());
        Assert.Equal(["BR18 § 5, stk. 1, nr. 1"], letter["legalBases"]!.AsArray().Select(b => b!.GetValue<string>()));
    }

    [Fact]
    public async Task A_contested_automated_decision_goes_to_a_person_with_the_first_assessment_frozen_and_an_override_needs_a_reason_and_is_counted_per_rule()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var carl = await factory.SignIn("carl");
        var rita = await factory.SignIn("rita");
        var id = (await (await anne.Submit(Checkout.Application("carport-exempt"))).Json())["id"]!.GetValue<string>();

        var contested = await anne.PostAsync($"/api/applications/{id}/human-review", null);
        Assert.Equal(HttpStatusCode.Accepted, contested.StatusCode);
        var queued = await contested.Json();
        Assert.Equal("queued", queued["state"]!.GetValue<string>());
        Assert.Equal("building", queued["queue"]!.GetValue<string>());
        Assert.True(queued["contested"]!.GetValue<bool>());

        await carl.PostAsync($"/api/cases/{id}/claim", null);
        var file = await (await carl.GetAsync($"/api/cases/{id}?purpose=decision-review")).Json();
        var first = file["assessments"]!.AsArray().Single()!;
        Assert.Equal("exempt", first["assessment"]!["outcome"]!.GetValue<string>());
        Assert.Equal("automated", file["decisions"]!.AsArray().Single()!["decidedBy"]!.GetValue<string>());

        var withoutReason = await carl.PostAsJsonAsync($"/api/cases/{id}/decision", new { outcome = "refused" });
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.True((await withoutReason.Json())["errors"]!.AsObject().ContainsKey("reason"));

        factory.Clock.Advance(TimeSpan.FromHours(2)); // the person decides later the same day
        var overridden = await carl.PostAsJsonAsync($"/api/cases/{id}/decision",
            new { outcome = "refused", reason = "The carport stands on a registered easement; the covenant forbids building there.", legalBasis = "Tinglysningsloven § 1; servitut lyst 1962" });
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        await People.Eventually(async () => (await anne.GetAsync($"/api/applications/{id}/letter")).IsSuccessStatusCode, "the letter is written");
        var letter = await (await anne.GetAsync($"/api/applications/{id}/letter")).Json();
        // The overridden rule's basis (BR18 § 5) is not what the refusal rests on: only the caseworker's is named.
        Assert.Equal(["Tinglysningsloven § 1; servitut lyst 1962"], letter["legalBases"]!.AsArray().Select(b => b!.GetValue<string>()));

        var seen = await (await anne.GetAsync($"/api/applications/{id}")).Json();
        Assert.Equal("refused", seen["decision"]!["outcome"]!.GetValue<string>());
        Assert.True(seen["decision"]!["overrode"]!.GetValue<bool>());
        var counts = await rita.GetFromJsonAsync<JsonArray>("/api/rulesets/overrides");
        var exempt = counts!.Single(c => c!["reasonCode"]!.GetValue<string>() == "carport.exempt")!;
        Assert.Equal(1, exempt["overrides"]!.GetValue<int>());
        Assert.Equal("carport", exempt["ruleSetId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_caseworker_who_agrees_with_the_automated_assessment_needs_no_reason_and_it_is_no_override()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var carl = await factory.SignIn("carl");
        var id = (await (await anne.Submit(Checkout.Application("carport-approved"))).Json())["id"]!.GetValue<string>();
        await anne.PostAsync($"/api/applications/{id}/human-review", null);
        await carl.PostAsync($"/api/cases/{id}/claim", null);

        factory.Clock.Advance(TimeSpan.FromHours(2));
        var agreed = await carl.PostAsJsonAsync($"/api/cases/{id}/decision", new { outcome = "approved" });

        Assert.Equal(HttpStatusCode.OK, agreed.StatusCode);
        var seen = await (await anne.GetAsync($"/api/applications/{id}")).Json();
        Assert.False(seen["decision"]!["overrode"]!.GetValue<bool>());
        await People.Eventually(async () => (await anne.GetAsync($"/api/applications/{id}/letter")).IsSuccessStatusCode, "the letter is written");
        var letter = await (await anne.GetAsync($"/api/applications/{id}/letter")).Json();
        Assert.NotEmpty(letter["legalBases"]!.AsArray()); // the assessment's reasons, adopted with their legal basis
        Assert.Empty((await (await factory.SignIn("rita")).GetFromJsonAsync<JsonArray>("/api/rulesets/overrides"))!);
    }

    [Fact]
    public async Task When_two_caseworkers_claim_the_same_case_at_once_exactly_one_wins()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var application = Checkout.Application("carport-exempt");
        application["requestHumanReview"] = true;
        var id = (await (await anne.Submit(application)).Json())["id"]!.GetValue<string>();
        var carl = await factory.SignIn("carl");
        var carla = factory.SignInAs(new DemoUsers.User("carla", "Carla Frost", Roles.Caseworker, Queues: ["building"]));

        for (var round = 0; round < 1; round++)
        {
            var claims = await Task.WhenAll(carl.PostAsync($"/api/cases/{id}/claim", null), carla.PostAsync($"/api/cases/{id}/claim", null));
            Assert.Single(claims, c => c.StatusCode == HttpStatusCode.OK);
            Assert.Single(claims, c => c.StatusCode == HttpStatusCode.Conflict);
        }
        var queue = await carl.GetFromJsonAsync<JsonArray>("/api/queues/building");
        Assert.Equal("in-review", queue!.Single()!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_caseworker_who_claimed_a_case_decides_it()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var application = Checkout.Application("carport-exempt");
        application["requestHumanReview"] = true;
        var id = (await (await anne.Submit(application)).Json())["id"]!.GetValue<string>();
        var carl = await factory.SignIn("carl");
        var carla = factory.SignInAs(new DemoUsers.User("carla", "Carla Frost", Roles.Caseworker, Queues: ["building"]));

        Assert.Equal(HttpStatusCode.Conflict, (await carl.PostAsJsonAsync($"/api/cases/{id}/decision", new { outcome = "exempt", reason = "fine" })).StatusCode);
        await carl.PostAsync($"/api/cases/{id}/claim", null);
        Assert.Equal(HttpStatusCode.Conflict, (await carla.PostAsJsonAsync($"/api/cases/{id}/decision", new { outcome = "exempt", reason = "fine" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await carl.PostAsJsonAsync($"/api/cases/{id}/decision", new { outcome = "exempt", reason = "Under 50 m² in all.", legalBasis = "BR18 § 5, stk. 1, nr. 1" })).StatusCode);
    }
}
