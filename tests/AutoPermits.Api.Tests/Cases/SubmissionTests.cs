using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AutoPermits.Api.Operator;
using AutoPermits.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoPermits.Api.Tests.Cases;

/// <summary>A citizen submits: stored with its assessment, decided at once when it can be, the letter follows.</summary>
public sealed class SubmissionTests
{
    [Fact]
    public async Task A_carport_that_needs_no_permit_is_decided_at_once_and_its_letter_reaches_the_outbox_in_both_languages()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");

        var response = await anne.Submit(Checkout.Application("carport-exempt"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var submitted = await response.Json();
        Assert.Equal($"/api/applications/{submitted["id"]}", response.Headers.Location!.OriginalString);
        Assert.Equal("decided", submitted["state"]!.GetValue<string>());
        Assert.Equal("exempt", submitted["assessment"]!["outcome"]!.GetValue<string>());
        Assert.Equal("exempt", submitted["decision"]!["outcome"]!.GetValue<string>());
        Assert.False(submitted["decision"]!["byPerson"]!.GetValue<bool>());
        Assert.Equal("010190-****", submitted["applicant"]!["cpr"]!.GetValue<string>());

        var letter = $"/api/applications/{submitted["id"]}/letter";
        await People.Eventually(async () => (await anne.GetAsync(letter)).IsSuccessStatusCode, "the letter is written");
        using var danish = new HttpRequestMessage(HttpMethod.Get, letter) { Headers = { { "Accept-Language", "da" } } };
        var json = await (await anne.SendAsync(danish)).Json();
        Assert.Equal("da", json["language"]!.GetValue<string>());
        Assert.Contains("BR18 § 5, stk. 1, nr. 1", json["legalBases"]!.AsArray().Select(b => b!.GetValue<string>()));
        Assert.Contains(json["facts"]!.AsArray(), f => f!["value"]!.GetValue<string>() == "30 m²");

        using var html = new HttpRequestMessage(HttpMethod.Get, letter) { Headers = { { "Accept", "text/html" } } };
        var page = await anne.SendAsync(html);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"en\"", await page.Content.ReadAsStringAsync());

        await People.Eventually(() => Task.FromResult(Directory.GetFiles(Path.Combine(factory.DataDirectory, "outbox")).Length == 2), "both letters are in the outbox");
    }

    [Fact]
    public async Task Every_stored_assessment_keeps_the_rule_set_version_and_hash_and_the_exact_input_but_never_the_cpr_number_in_clear()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var application = Checkout.Application("carport-approved");

        var id = Guid.Parse((await (await anne.Submit(application)).Json())["id"]!.GetValue<string>());

        var stored = await factory.Query(db => db.Assessments.SingleAsync(a => a.CaseId == id));
        Assert.Equal("carport", stored.RuleSetId);
        Assert.Equal("1", stored.RuleSetVersion);
        Assert.Matches("^[0-9a-f]{64}$", stored.RuleSetSha256!);
        var input = JsonNode.Parse(stored.InputJson)!;
        application["applicant"]!.AsObject().Remove("cpr");
        Assert.True(JsonNode.DeepEquals(application, input), "the stored input is the application as sent, less the CPR number");

        // Every row of every table, whichever database holds them; and on SQLite the files themselves.
        foreach (var table in await factory.Query(async db => await AllRowsAsync(db)))
        {
            Assert.DoesNotContain("0101901234", table);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(factory.DataDirectory, "*.db*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
            Assert.DoesNotContain("0101901234", await reader.ReadToEndAsync());
        }
    }

    private static async Task<List<string>> AllRowsAsync(CasesDb db) =>
    [
        System.Text.Json.JsonSerializer.Serialize(await db.Cases.AsNoTracking().ToListAsync()),
        System.Text.Json.JsonSerializer.Serialize(await db.Assessments.AsNoTracking().ToListAsync()),
        System.Text.Json.JsonSerializer.Serialize(await db.Decisions.AsNoTracking().ToListAsync()),
        System.Text.Json.JsonSerializer.Serialize(await db.Letters.AsNoTracking().ToListAsync()),
        System.Text.Json.JsonSerializer.Serialize(await db.AuditLog.AsNoTracking().ToListAsync()),
        System.Text.Json.JsonSerializer.Serialize(await db.IdempotencyKeys.AsNoTracking().ToListAsync()),
    ];

    [Fact]
    public async Task The_same_Idempotency_Key_twice_gives_one_case_and_a_different_application_with_it_is_refused()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => anne.Submit(Checkout.Application("carport-exempt"), "retry-7")));
        var again = await anne.Submit(Checkout.Application("carport-exempt"), "retry-7");
        var other = await anne.Submit(Checkout.Application("carport-approved"), "retry-7");

        var ids = new List<string>();
        foreach (var answer in answers.Append(again))
        {
            Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
            ids.Add((await answer.Json())["id"]!.GetValue<string>());
        }
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await factory.Query(db => db.Cases.CountAsync()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
    }

    [Fact]
    public async Task A_citizen_cannot_apply_in_someone_elses_name_and_nothing_is_stored()
    {
        await using var factory = new AutoPermitsFactory();
        var bo = await factory.SignIn("bo");

        var response = await bo.Submit(Checkout.Application("carport-exempt")); // names Anne's CPR number

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json())["errors"]!.AsObject().ContainsKey("applicant.cpr"));
        Assert.Equal(0, await factory.Query(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task An_application_without_an_applicant_block_is_the_signed_in_citizens()
    {
        await using var factory = new AutoPermitsFactory();
        var bo = await factory.SignIn("bo");
        var application = Checkout.Application("carport-exempt");
        application.Remove("applicant");

        var submitted = await (await bo.Submit(application)).Json();

        Assert.Equal("120385-****", submitted["applicant"]!["cpr"]!.GetValue<string>());
        Assert.Equal("Bo Nielsen", submitted["applicant"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_application_is_refused_field_by_field_and_nothing_is_stored()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var application = Checkout.Application("carport-exempt");
        application["data"]!["heightM"] = -1;
        application["data"]!.AsObject().Remove("areaM2");

        var response = await anne.Submit(application, "bad-1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Json())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("data.heightM") && errors.ContainsKey("data.areaM2"));
        Assert.Equal(0, await factory.Query(db => db.Cases.CountAsync()));
        Assert.Equal(0, await factory.Query(db => db.IdempotencyKeys.CountAsync()));
    }

    [Fact]
    public async Task A_decision_made_just_after_midnight_in_Copenhagen_is_dated_that_day_and_its_appeal_deadline_counts_from_it()
    {
        // 23:10 UTC on 30 November is 00:10 on 1 December in Copenhagen.
        await using var factory = AutoPermitsFactory.At(new DateTimeOffset(2026, 11, 30, 23, 10, 0, TimeSpan.Zero));
        var anne = await factory.SignIn("anne");
        var id = (await (await anne.Submit(Checkout.Application("carport-approved"))).Json())["id"]!.GetValue<string>();

        await People.Eventually(async () => (await anne.GetAsync($"/api/applications/{id}/letter")).IsSuccessStatusCode, "the letter is written");
        var letter = await (await anne.GetAsync($"/api/applications/{id}/letter")).Json();

        Assert.Equal("2026-12-01", letter["decidedOn"]!.GetValue<string>());
        Assert.Equal("2026-12-29", letter["appeal"]!["deadline"]!.GetValue<string>()); // 4 weeks
    }

    [Fact]
    public async Task An_application_that_names_a_field_twice_is_refused_and_nothing_is_stored()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var json = Checkout.Application("carport-exempt").ToJsonString();
        var twice = "{\"description\": \"first\"," + json[1..];

        var response = await anne.PostAsync("/api/applications", new StringContent(twice, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json())["errors"]!.AsObject().ContainsKey("$"));
        Assert.Equal(0, await factory.Query(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task What_a_citizen_is_answered_on_submitting_is_what_they_read_back_later_field_for_field()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var applications = Checkout.ExampleNames.Select(Checkout.Application).Append(Checkout.CarportWithoutDocumentation()).ToList();

        // Submitted together, so the writer stores them in one batch of multi-row inserts.
        var answers = await Task.WhenAll(applications.Select(a => anne.Submit(a)));

        var seen = new List<JsonObject>();
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
            var submitted = await answer.Json();
            var read = await (await anne.GetAsync($"/api/applications/{submitted["id"]}")).Json();
            Assert.True(JsonNode.DeepEquals(submitted, read), $"read back differently:\n{submitted}\n{read}");
            seen.Add(submitted);
        }
        Assert.Equal(["decided", "needs-info", "queued"], seen.Select(s => s["state"]!.GetValue<string>()).Distinct().Order());
        Assert.Contains(seen, s => s["decision"]?["valuationDkk"]?.GetValue<decimal>() > 0);
        Assert.Equal(0, await AuditEndpoints.VerifyFromCommandLineAsync(factory.Services));
    }

    [Fact]
    public async Task A_carport_without_structural_documentation_waits_for_it_and_is_decided_once_the_citizen_supplies_it()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var submitted = await (await anne.Submit(Checkout.CarportWithoutDocumentation())).Json();
        Assert.Equal("needs-info", submitted["state"]!.GetValue<string>());
        Assert.NotNull(submitted["respondBy"]);
        var id = submitted["id"]!.GetValue<string>();

        var wrong = await anne.PostAsJsonAsync($"/api/applications/{id}/supplements", new { data = new { heightM = "tall" } });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.Json())["errors"]!.AsObject().ContainsKey("data.heightM"));

        var supplemented = await anne.PostAsJsonAsync($"/api/applications/{id}/supplements", new { data = new { structuralDocumentationAttached = true } });

        Assert.Equal(HttpStatusCode.OK, supplemented.StatusCode);
        var decided = await supplemented.Json();
        Assert.Equal("decided", decided["state"]!.GetValue<string>());
        Assert.Equal("approved", decided["decision"]!["outcome"]!.GetValue<string>());
        Assert.Equal(2, await factory.Query(db => db.Assessments.CountAsync(a => a.CaseId == Guid.Parse(id))));
        await People.Eventually(async () => (await anne.GetAsync($"/api/applications/{id}/letter")).IsSuccessStatusCode, "the approval letter is written");
        var again = await anne.PostAsJsonAsync($"/api/applications/{id}/supplements", new { data = new { areaM2 = 20 } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
