using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AutoPermits.Api.Jobs;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AutoPermits.Api.Tests.Cases;

/// <summary>The slow and scheduled work, really executed by Hangfire on its embedded storage.</summary>
public sealed class JobTests
{
    [Fact]
    public async Task A_restart_loses_no_case_and_sends_no_letter_twice()
    {
        // The recurring sweep is moved to New Year, so only a job scheduled before the stop sends letters after it.
        await using var first = new AutoPermitsFactory().With("AutoPermits:Jobs:SweepCron", "0 0 1 1 *");
        var anne = await first.SignIn("anne");
        var decided = (await (await anne.Submit(Checkout.Application("carport-exempt"))).Json())["id"]!.GetValue<string>();
        var queued = (await (await anne.Submit(Checkout.Application("social-carport"))).Json())["id"]!.GetValue<string>();
        await People.Eventually(() => first.Query(db => db.Letters.AllAsync(l => l.DispatchedAt != null)), "the first letters are sent");
        // A decision whose letter job is still waiting when the service stops.
        var late = (await (await anne.Submit(Checkout.Application("carport-approved"))).Json())["id"]!.GetValue<string>();
        // The sweep the service schedules after a decision, still waiting when the service stops.
        var waiting = first.Services.GetRequiredService<IBackgroundJobClient>().Schedule<LetterPost>(post => post.SweepAsync(), TimeSpan.FromSeconds(4));
        var firstServers = first.Services.GetRequiredService<JobStorage>().GetMonitoringApi().Servers().Select(server => server.Name).ToHashSet();
        await first.DisposeAsyncKeepingData();

        await using var second = first.Restarted();
        var anneAgain = await second.SignIn("anne");
        foreach (var id in new[] { decided, queued, late })
        {
            Assert.Equal(HttpStatusCode.OK, (await anneAgain.GetAsync($"/api/applications/{id}")).StatusCode);
        }
        // Nothing is triggered by hand: the job scheduled before the stop was kept and runs now, once.
        // A lock the stopped server held in the job store lapses within its 30 s lifetime, which can delay the job.
        var monitoring = second.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await People.Eventually(() => Task.FromResult(monitoring.JobDetails(waiting).History.Any(h => h.StateName == "Succeeded")), "the waiting job runs after the restart", seconds: 75);
        Assert.True(await second.Query(db => db.Letters.AllAsync(l => l.DispatchedAt != null)), "every letter is sent after the restart");
        var history = monitoring.JobDetails(waiting).History;
        Assert.Equal(1, history.Count(h => h.StateName == "Succeeded"));
        Assert.DoesNotContain(history.Single(h => h.StateName == "Processing").Data["ServerId"], firstServers);
        // A sweep run again afterwards (a retry, another node) sends nothing twice.
        second.Services.GetRequiredService<IRecurringJobManager>().Trigger(JobRegistration.LetterSweep);
        await Task.Delay(1500);

        Assert.Equal(4, await second.Query(db => db.Letters.CountAsync()));
        Assert.Equal(2, await second.Query(db => db.AuditLog.CountAsync(e => e.Action == "letters-dispatched" && e.Details.EndsWith("languages=da,en"))));
        Assert.Equal(4, Directory.GetFiles(Path.Combine(second.DataDirectory, "outbox")).Length);
        Assert.Equal(HttpStatusCode.OK, (await anneAgain.GetAsync($"/api/applications/{late}/letter")).StatusCode);
    }

    [Fact]
    public async Task Two_letter_sweeps_at_once_send_each_letter_once()
    {
        // No sweep of the service's own runs in this test: the two below are the only ones.
        await using var factory = new AutoPermitsFactory().With("AutoPermits:Jobs:LetterDelay", "01:00:00").With("AutoPermits:Jobs:SweepCron", "0 0 1 1 *");
        var anne = await factory.SignIn("anne");
        for (var i = 0; i < 3; i++) await anne.Submit(Checkout.Application("carport-exempt"));
        Assert.Equal(6, await factory.Query(db => db.Letters.CountAsync(l => l.DispatchedAt == null)));

        using var one = factory.Services.CreateScope();
        using var other = factory.Services.CreateScope();
        await Task.WhenAll(
            Task.Run(() => one.ServiceProvider.GetRequiredService<LetterPost>().SweepAsync()),
            Task.Run(() => other.ServiceProvider.GetRequiredService<LetterPost>().SweepAsync()));

        Assert.Equal(0, await factory.Query(db => db.Letters.CountAsync(l => l.DispatchedAt == null)));
        Assert.Equal(3, await factory.Query(db => db.AuditLog.CountAsync(e => e.Action == "letters-dispatched")));
        Assert.Equal(6, Directory.GetFiles(Path.Combine(factory.DataDirectory, "outbox")).Length);
        Assert.Equal(0, await AutoPermits.Api.Operator.AuditEndpoints.VerifyFromCommandLineAsync(factory.Services));
    }

    [Fact]
    public async Task A_queued_case_past_its_deadline_is_escalated_once_and_goes_to_the_top_of_its_queue()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var sofie = await factory.SignIn("sofie");
        var older = (await (await anne.Submit(Checkout.Application("social-carport"))).Json())["id"]!.GetValue<string>();
        factory.Clock.Advance(TimeSpan.FromDays(10));
        anne = await factory.SignIn("anne"); // a token lasts a working day
        var newer = (await (await anne.Submit(Checkout.Application("social-type"))).Json())["id"]!.GetValue<string>();
        factory.Clock.Advance(TimeSpan.FromDays(20)); // the first is 30 days old, past the 28-day deadline; the second 20
        sofie = await factory.SignIn("sofie");

        var recurring = factory.Services.GetRequiredService<IRecurringJobManager>();
        recurring.Trigger(JobRegistration.Escalation);
        await People.Eventually(() => factory.Query(db => db.Cases.AnyAsync(c => c.Escalated)), "the overdue case is escalated");
        recurring.Trigger(JobRegistration.Escalation);
        await Task.Delay(1500);

        var queue = (await sofie.GetFromJsonAsync<JsonArray>("/api/queues/social"))!;
        Assert.Equal(older, queue[0]!["id"]!.GetValue<string>());
        Assert.True(queue[0]!["escalated"]!.GetValue<bool>());
        Assert.False(queue.Single(c => c!["id"]!.GetValue<string>() == newer)!["escalated"]!.GetValue<bool>());
        Assert.Equal(1, await factory.Query(db => db.AuditLog.CountAsync(e => e.Action == "escalated")));
    }

    [Fact]
    public async Task An_unanswered_needs_info_request_expires_after_its_deadline_and_can_no_longer_be_supplemented()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var id = (await (await anne.Submit(Checkout.CarportWithoutDocumentation())).Json())["id"]!.GetValue<string>();
        factory.Clock.Advance(TimeSpan.FromDays(29));
        anne = await factory.SignIn("anne");
        var recurring = factory.Services.GetRequiredService<IRecurringJobManager>();
        recurring.Trigger(JobRegistration.Expiry);
        await Task.Delay(1500);
        Assert.Equal("needs-info", (await (await anne.GetAsync($"/api/applications/{id}")).Json())["state"]!.GetValue<string>());

        factory.Clock.Advance(TimeSpan.FromDays(2));
        anne = await factory.SignIn("anne");
        recurring.Trigger(JobRegistration.Expiry);

        await People.Eventually(async () => (await (await anne.GetAsync($"/api/applications/{id}")).Json())["state"]!.GetValue<string>() == "expired", "the request expires");
        var late = await anne.PostAsJsonAsync($"/api/applications/{id}/supplements", new { data = new { structuralDocumentationAttached = true } });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task Retention_deletes_closed_cases_past_the_retention_period_with_their_letters_and_logs_and_keeps_open_ones()
    {
        await using var factory = new AutoPermitsFactory().With("AutoPermits:Cases:Retention", "365.00:00:00");
        var anne = await factory.SignIn("anne");
        var sofie = await factory.SignIn("sofie");
        var closed = (await (await anne.Submit(Checkout.Application("carport-exempt"))).Json())["id"]!.GetValue<string>();
        var open = (await (await anne.Submit(Checkout.Application("social-carport"))).Json())["id"]!.GetValue<string>();
        await sofie.GetAsync($"/api/cases/{open}?purpose=case-handling");
        await People.Eventually(() => factory.Query(db => db.Letters.AllAsync(l => l.DispatchedAt != null)), "the letters are sent");
        bool InOutbox(string id) => Directory.GetFiles(Path.Combine(factory.DataDirectory, "outbox"))
            .Any(file => Path.GetFileName(file).StartsWith(Guid.Parse(id).ToString("N"), StringComparison.Ordinal));
        Assert.True(InOutbox(closed));
        factory.Clock.Advance(TimeSpan.FromDays(366));
        anne = await factory.SignIn("anne");

        factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(JobRegistration.Retention);

        await People.Eventually(async () => (await anne.GetAsync($"/api/applications/{closed}")).StatusCode == HttpStatusCode.NotFound, "the closed case is deleted");
        Assert.Equal(HttpStatusCode.OK, (await anne.GetAsync($"/api/applications/{open}")).StatusCode);
        Assert.Equal(0, await factory.Query(db => db.Letters.CountAsync()));
        await People.Eventually(() => Task.FromResult(!InOutbox(closed)), "the closed case's letters leave the outbox");
        Assert.Single((await anne.GetFromJsonAsync<JsonArray>("/api/me/access-log"))!);
        Assert.Equal(1, await factory.Query(db => db.AuditLog.CountAsync(e => e.Action == "deleted")));
        Assert.Equal(0, await AutoPermits.Api.Operator.AuditEndpoints.VerifyFromCommandLineAsync(factory.Services));
    }
}
