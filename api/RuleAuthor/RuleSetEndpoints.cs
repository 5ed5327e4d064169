using AutoPermits.Api.Hosting;
using AutoPermits.Api.Http;
using AutoPermits.Api.Identity;
using AutoPermits.Api.Jobs;
using AutoPermits.Api.Persistence;
using AutoPermits.Api.RuleSets;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AutoPermits.Api.RuleAuthor;

public sealed record PublishRequest(DateOnly? EffectiveFrom);

public sealed record RollbackRequest(string? ToVersion, DateOnly? EffectiveFrom);

public sealed record SimulationRequest(DateOnly? From, DateOnly? To);

public sealed record SimulationView(Guid Id, string RuleSetId, string Version, DateOnly From, DateOnly To, SimulationStatus Status,
    int Total, int Processed, DateTime RequestedAt, DateTime? FinishedAt, SimulationSummary? Summary, string? Error, string? Report);

/// <summary>Rule authors: list, upload a draft, test, simulate against stored cases, publish from a date, roll back.</summary>
internal static class RuleSetEndpoints
{
    public static void MapRuleSets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Rule author").RequireAuthorization(Roles.RuleAuthor);
        group.MapGet("/rulesets", async (RuleSetReleases releases, CancellationToken ct) => TypedResults.Ok(await releases.ListAsync(ct)))
            .WithSummary("Every version of every rule set, drafts and published");
        group.MapPost("/rulesets", Upload)
            .WithSummary("Upload a draft version: every check, every problem at once with its JSON path; its own tests are run");
        group.MapGet("/rulesets/{id}/versions/{version}", async (string id, string version, RuleSetReleases releases, CancellationToken ct) =>
                Answer(await releases.TestAsync(id, version, ct)))
            .WithSummary("One version: its status, hash, effective date and how its own tests fare now");
        group.MapPost("/rulesets/{id}/versions/{version}/test", async (string id, string version, RuleSetReleases releases, CancellationToken ct) =>
                Answer(await releases.TestAsync(id, version, ct)))
            .WithSummary("Run a version's own tests again");
        group.MapPost("/rulesets/{id}/versions/{version}/publish", async (string id, string version, PublishRequest? request, HttpContext context, RuleSetReleases releases, CancellationToken ct) =>
                Answer(await releases.PublishAsync(Caller.Of(context.User), id, version, request?.EffectiveFrom, ct)))
            .WithSummary("Publish a draft to take effect from a date (today or later); refused while any of its tests fails");
        group.MapPost("/rulesets/{id}/rollback", Rollback)
            .WithSummary("Publish an earlier version's content again, as a new version, from a date (default today)");
        group.MapPost("/rulesets/{id}/versions/{version}/simulations", Simulate)
            .WithSummary("Run a version against the stored applications of a period, as a background job");
        group.MapGet("/rulesets/simulations/{simulationId:guid}", Progress).WithSummary("A simulation's progress and summary");
        group.MapGet("/rulesets/simulations/{simulationId:guid}/report", Report).WithSummary("A finished simulation's report, every changed case");
    }

    private static async Task<IResult> Upload(HttpRequest request, HttpContext context, RuleSetReleases releases, CancellationToken ct)
    {
        var body = await ApplicationBody.ReadAsync(request, ct);
        if (body is null) return ApplicationBody.TooLarge();
        return Answer(await releases.UploadAsync(Caller.Of(context.User), body, ct));
    }

    private static async Task<IResult> Rollback(string id, RollbackRequest? request, HttpContext context, RuleSetReleases releases, CancellationToken ct)
    {
        if (request?.ToVersion is not { Length: > 0 } toVersion)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["toVersion"] = ["is required: the version whose content is published again"] });
        }
        return Answer(await releases.RollbackAsync(Caller.Of(context.User), id, toVersion, request.EffectiveFrom, ct));
    }

    private static async Task<IResult> Simulate(
        string id, string version, SimulationRequest? request, HttpContext context, RuleSetReleases releases, CasesDb db,
        IBackgroundJobClient jobs, TimeProvider clock, MunicipalCalendar calendar, CancellationToken ct)
    {
        if (await releases.Find(id, version, ct) is null) return Answer(new ReleaseResult.NotFound());
        var today = calendar.Today();
        var from = request?.From ?? today.AddYears(-1);
        var to = request?.To ?? today;
        if (to < from)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["must not be before from"] });
        }
        var simulation = new SimulationRecord
        {
            Id = Guid.CreateVersion7(),
            RuleSetId = id,
            Version = version,
            From = from,
            To = to,
            Status = SimulationStatus.Queued,
            RequestedBy = Caller.Of(context.User).Subject,
            RequestedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Simulations.Add(simulation);
        await db.SaveChangesAsync(ct);
        jobs.Enqueue<SimulationRun>(run => run.RunAsync(simulation.Id));
        return TypedResults.Accepted($"/api/rulesets/simulations/{simulation.Id}", ViewOf(simulation));
    }

    private static async Task<IResult> Progress(Guid simulationId, CasesDb db, CancellationToken ct) =>
        await db.Simulations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == simulationId, ct) is { } simulation
            ? TypedResults.Ok(ViewOf(simulation))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such simulation");

    private static async Task<IResult> Report(Guid simulationId, CasesDb db, CancellationToken ct)
    {
        var simulation = await db.Simulations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == simulationId, ct);
        if (simulation is null) return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such simulation");
        if (simulation.ReportJson is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not finished",
                detail: $"The simulation is {simulation.Status.ToString().ToLowerInvariant()}: {simulation.Processed} of {simulation.Total} applications.");
        }
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(simulation.ReportJson), "application/json",
            $"simulation-{simulation.RuleSetId}-{simulation.Version}-{simulation.Id:N}.json");
    }

    private static SimulationView ViewOf(SimulationRecord s) => new(
        s.Id, s.RuleSetId, s.Version, s.From, s.To, s.Status, s.Total, s.Processed, s.RequestedAt, s.FinishedAt,
        s.SummaryJson is null ? null : System.Text.Json.JsonSerializer.Deserialize<SimulationSummary>(s.SummaryJson, SimulationRun.Json),
        s.Error, s.ReportJson is null ? null : $"/api/rulesets/simulations/{s.Id}/report");

    private static IResult Answer(ReleaseResult result) => result switch
    {
        ReleaseResult.Done { Created: true } done => TypedResults.Created($"/api/rulesets/{done.View.RuleSet.Id}/versions/{done.View.RuleSet.Version}", done.View),
        ReleaseResult.Done done => TypedResults.Ok(done.View),
        ReleaseResult.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such rule-set version"),
        ReleaseResult.Conflict conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: conflict.Detail),
        ReleaseResult.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: invalid.Title),
        ReleaseResult.TestsFail failing => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The rule set's own tests fail",
            detail: failing.Tests.Count == 0
                ? "A rule set carries its own tests; this one has none, so it cannot be published."
                : string.Join("; ", failing.Tests.Where(t => !t.Passed).Select(t => $"{t.Name}: {t.Detail}")),
            extensions: new Dictionary<string, object?> { ["tests"] = failing.Tests }),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, null),
    };
}
