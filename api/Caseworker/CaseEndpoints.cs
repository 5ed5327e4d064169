using AutoPermits.Api.Cases;
using AutoPermits.Api.Http;
using AutoPermits.Api.Identity;

namespace AutoPermits.Api.Caseworker;

/// <summary>Working the queues: list, claim, open with a stated purpose, decide.</summary>
internal static class CaseEndpoints
{
    public static void MapCasework(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Caseworker").RequireAuthorization(Roles.Caseworker);
        group.MapGet("/queues/{queue}", Queue).WithSummary("The cases waiting in one of my queues, overdue ones first");
        group.MapPost("/cases/{id:guid}/claim", Claim).WithSummary("Take a case from the queue; when two claim at once, one wins and the other gets 409");
        group.MapGet("/cases/{id:guid}", Open)
            .WithSummary("Open a case file for a stated purpose")
            .WithDescription($"purpose is one of: {string.Join(", ", AccessPurpose.Known.Keys)}. The opening is written to the citizen's access log.");
        group.MapPost("/cases/{id:guid}/decision", Decide)
            .WithSummary("Decide a case I have claimed")
            .WithDescription("outcome: exempt, approved, valued (with valuationDkk) or refused. A reason is required unless the decision agrees with the automated assessment; deciding against it is an override, counted per rule.");
    }

    private static async Task<IResult> Queue(string queue, HttpContext context, Casework casework, CancellationToken cancellationToken)
    {
        if (!Caller.Of(context.User).Works(queue))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your queue", detail: "You do not work this queue.");
        }
        return TypedResults.Ok(await casework.QueueAsync(queue, cancellationToken));
    }

    private static async Task<IResult> Claim(Guid id, HttpContext context, Casework casework, CancellationToken cancellationToken)
    {
        var result = await casework.ClaimAsync(Caller.Of(context.User), id, cancellationToken);
        return result is CaseActionResult.Done ? TypedResults.Ok(new { id, state = "in-review" }) : CaseResults.Failure(result);
    }

    private static async Task<IResult> Open(Guid id, string? purpose, HttpContext context, Casework casework, CancellationToken cancellationToken)
    {
        if (purpose is null || !AccessPurpose.Known.ContainsKey(purpose))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["purpose"] = [$"is required: one of {string.Join(", ", AccessPurpose.Known.Keys)}"] },
                title: "State why you open the case");
        }
        return await casework.OpenAsync(Caller.Of(context.User), id, purpose, cancellationToken) is { } file
            ? TypedResults.Ok(file)
            : CaseResults.Failure(new CaseActionResult.NotFound());
    }

    private static async Task<IResult> Decide(Guid id, DecisionRequest? request, HttpContext context, Casework casework, CancellationToken cancellationToken)
    {
        var result = await casework.DecideAsync(Caller.Of(context.User), id, request ?? new DecisionRequest(null, null, null), cancellationToken);
        return result is CaseActionResult.Done ? TypedResults.Ok(new { id, state = "decided" }) : CaseResults.Failure(result);
    }
}
